package jnode.binding;

import io.netty.channel.IoEvent;
import io.netty.channel.IoRegistration;
import io.netty.channel.epoll.EpollIoEvent;
import io.netty.channel.epoll.EpollIoHandle;
import io.netty.channel.epoll.EpollIoOps;
import io.netty.channel.unix.FileDescriptor;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import jnode.posix.ErrnoException;
import jnode.posix.IpcSyscalls;
import jnode.runtime.EventLoop;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One end of a Unix socketpair on the event loop (libuv's uv_pipe_t with ipc): a child's stdio
 * pipe or the IPC channel. It reads and writes with raw recvmsg/sendmsg, so fds travel with
 * bytes (SCM_RIGHTS), which Netty's own channels cannot do. Level-triggered; registered on the
 * loop only while it reads or has writes queued, so a hung-up peer never spins the loop.
 */
public final class PipeHandle implements EpollIoHandle {
    static final int UV_EOF = -4095;
    private static final int EAGAIN = 11;
    private static final int EINTR = 4;
    private static final int ECANCELED = 125;
    private static final int READ_SIZE = 65536;
    private static final int WRITE_SCRATCH = 65536;

    private final Realm realm;
    private final EventLoop loop;
    private final PipeWrapBinding owner;
    private final FileDescriptor fd;
    private final ArrayDeque<WriteReq> queue = new ArrayDeque<>();
    private final MemorySegment readBuf = Arena.ofAuto().allocate(READ_SIZE);
    private final MemorySegment writeScratch = Arena.ofAuto().allocate(WRITE_SCRATCH);
    private long queueBytes;
    private IoRegistration reg;
    private boolean registering;
    private EpollIoOps ops = EpollIoOps.NONE;
    private Value onread;
    private boolean reading;
    private boolean refd = true;
    private boolean holdingRef;
    private boolean closed;
    private Value shutdownCb;

    private static final class WriteReq {
        final MemorySegment data;
        long offset;
        int[] fds;
        final Value cb;

        WriteReq(MemorySegment data, int[] fds, Value cb) {
            this.data = data;
            this.fds = fds;
            this.cb = cb;
        }
    }

    PipeHandle(Realm realm, PipeWrapBinding owner, int fd) {
        this.realm = realm;
        this.loop = realm.loop();
        this.owner = owner;
        this.fd = new FileDescriptor(fd);
    }

    @Override
    public FileDescriptor fd() {
        return fd;
    }

    @HostAccess.Export public int fdNumber() { return closed ? -1 : fd.intValue(); }

    /** uv_stream_set_blocking: O_NONBLOCK off (or on); 0 or -errno. */
    @HostAccess.Export
    public int setBlocking(boolean blocking) {
        if (closed) return -9; // EBADF
        try {
            IpcSyscalls.setNonBlocking(fd.intValue(), !blocking);
            return 0;
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** {@code onread(nread, ByteBuffer|null, int[] fds|null)}: nread < 0 is -errno or UV_EOF. */
    @HostAccess.Export
    public void setOnread(Value fn) {
        this.onread = fn;
    }

    @HostAccess.Export
    public int readStart() {
        if (closed) return -9;
        reading = true;
        update();
        return 0;
    }

    @HostAccess.Export
    public int readStop() {
        reading = false;
        if (!closed) update();
        return 0;
    }

    @HostAccess.Export public void ref() { refd = true; update(); }
    @HostAccess.Export public void unref() { refd = false; update(); }
    @HostAccess.Export public boolean hasRef() { return refd; }

    /** Bytes queued and not yet written (node's writeQueueSize). */
    @HostAccess.Export public double writeQueueSize() { return queueBytes; }

    /**
     * Writes {@code length} bytes of an ArrayBuffer, with {@code fds} (or null) as SCM_RIGHTS.
     * Returns 0 when all went out now (cb is not called), 1 when queued (cb(status) later), or
     * -errno.
     */
    @HostAccess.Export
    public int write(Value arrayBuffer, int offset, int length, Value fds, Value cb) {
        byte[] bytes = new byte[length];
        if (length > 0) arrayBuffer.readBuffer(offset, bytes, 0, length);
        return write(bytes, fds, cb);
    }

    /** {@link #write} for a string sent as UTF-8 (libuv's writeUtf8String): no Buffer made in JS. */
    @HostAccess.Export
    public int writeUtf8String(String text, Value fds, Value cb) {
        return write(text.getBytes(StandardCharsets.UTF_8), fds, cb);
    }

    private int write(byte[] bytes, Value fds, Value cb) {
        if (closed) return -9; // EBADF
        int length = bytes.length;
        int[] fdArray = fds == null || fds.isNull() ? null : ProcessWrapBinding.ints(fds);
        // Nothing queued: try the socket straight from the scratch buffer, and keep a copy only
        // of what it did not take.
        boolean scratch = length <= WRITE_SCRATCH && queue.isEmpty();
        MemorySegment data = scratch
            ? writeScratch.asSlice(0, length) : Arena.ofAuto().allocate(Math.max(1, length)).asSlice(0, length);
        MemorySegment.copy(bytes, 0, data, ValueLayout.JAVA_BYTE, 0, length);
        WriteReq req = new WriteReq(data, fdArray, cb);
        if (queue.isEmpty()) {
            int rc = writeSome(req);
            if (rc < 0) return rc;
            if (req.offset == length) return 0;
            if (scratch) {
                MemorySegment rest = Arena.ofAuto().allocate(length - req.offset);
                MemorySegment.copy(data, req.offset, rest, 0, length - req.offset);
                req = new WriteReq(rest, req.fds, cb);
            }
        }
        queue.add(req);
        queueBytes += req.data.byteSize() - req.offset;
        update();
        return 1;
    }

    /** Writes what the socket takes now; 0 (maybe partial) or -errno. */
    private int writeSome(WriteReq req) {
        long len = req.data.byteSize();
        while (req.offset < len || req.fds != null) {
            try {
                long n = IpcSyscalls.sendmsg(fd.intValue(), req.data.asSlice(req.offset), len - req.offset, req.fds);
                req.fds = null;
                req.offset += n;
            } catch (ErrnoException e) {
                if (e.errno == EINTR) continue;
                if (e.errno == EAGAIN) return 0;
                return -e.errno;
            }
        }
        return 0;
    }

    private void drain() {
        while (!queue.isEmpty()) {
            WriteReq req = queue.peek();
            long before = req.offset;
            int rc = writeSome(req);
            queueBytes -= req.offset - before;
            if (rc < 0) {
                failQueue(rc);
                return;
            }
            if (req.offset < req.data.byteSize()) return;
            queue.poll();
            if (req.cb != null) realm.invoke(req.cb, 0);
        }
        if (shutdownCb != null) doShutdown();
    }

    private void failQueue(int status) {
        while (!queue.isEmpty()) {
            WriteReq req = queue.poll();
            if (req.cb != null && !closed) realm.invoke(req.cb, status);
        }
        queueBytes = 0;
    }

    /** Half-closes after the queued writes; cb(status) runs on a later turn. */
    @HostAccess.Export
    public int shutdown(Value cb) {
        if (closed) return -9;
        shutdownCb = cb;
        if (queue.isEmpty()) loop.post(this::doShutdown);
        update();
        return 0;
    }

    private void doShutdown() {
        Value cb = shutdownCb;
        if (cb == null || !queue.isEmpty()) return;
        shutdownCb = null;
        int status = 0;
        if (!closed) {
            try {
                IpcSyscalls.shutdown(fd.intValue(), IpcSyscalls.SHUT_WR);
            } catch (ErrnoException e) {
                status = -e.errno;
            }
        }
        update();
        realm.invoke(cb, status);
    }

    /**
     * Writes the queue out with the fd blocking-by-polling (the exit path). Gives up only once the
     * peer has taken nothing for {@code idleMs}: a peer that keeps reading gets everything, however
     * long the queue, and one that stopped reading costs at most that long.
     */
    @HostAccess.Export
    public boolean flushSync(double idleMs) {
        long idle = (long) (idleMs * 1e6);
        long deadline = System.nanoTime() + idle;
        while (!queue.isEmpty() && !closed && System.nanoTime() < deadline) {
            WriteReq req = queue.peek();
            long before = req.offset;
            int rc = writeSome(req);
            if (rc < 0) return false;
            if (req.offset != before) deadline = System.nanoTime() + idle;
            if (req.offset < req.data.byteSize()) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return false;
                }
                continue;
            }
            queue.poll();
        }
        return queue.isEmpty();
    }

    /** Closes the fd; queued writes fail with ECANCELED; cb runs on a later turn. */
    @HostAccess.Export
    public void close(Value cb) {
        if (closed) return;
        failQueue(-ECANCELED);
        closed = true;
        reading = false;
        update();
        try {
            fd.close();
        } catch (java.io.IOException ignored) {
            // the fd is gone either way
        }
        owner.forget(this);
        if (cb != null && !cb.isNull()) loop.post(() -> realm.invoke(cb));
    }

    boolean hasPendingWrites() {
        return !queue.isEmpty();
    }

    /** Interest and loop ref follow from reading, queued writes and ref(). */
    private void update() {
        boolean wantRef = !closed && ((reading && refd) || !queue.isEmpty() || shutdownCb != null);
        if (wantRef != holdingRef) {
            holdingRef = wantRef;
            if (wantRef) loop.ref(); else loop.unref();
        }
        EpollIoOps want = EpollIoOps.NONE;
        if (!closed && reading) want = want.with(EpollIoOps.EPOLLIN);
        if (!closed && !queue.isEmpty()) want = want.with(EpollIoOps.EPOLLOUT);
        ops = want;
        if (want.equals(EpollIoOps.NONE)) {
            if (reg != null) {
                IoRegistration r = reg;
                reg = null;
                r.cancel();
            }
        } else if (reg != null) {
            reg.submit(want);
        } else if (!registering) {
            registering = true;
            io.netty.util.concurrent.Future<IoRegistration> f = loop.netty().register(this);
            if (f.isDone()) onRegistered(f);
            else f.addListener(x -> onRegistered(f));
        }
    }

    private void onRegistered(io.netty.util.concurrent.Future<IoRegistration> f) {
        if (!registering) return;
        registering = false;
        if (!f.isSuccess()) return;
        adopt(f.getNow());
    }

    private void adopt(IoRegistration r) {
        if (ops.equals(EpollIoOps.NONE) || closed) {
            r.cancel();
        } else {
            reg = r;
            r.submit(ops);
        }
    }

    @Override
    public void handle(IoRegistration registration, IoEvent event) {
        if (reg == null && registering) {
            registering = false;
            adopt(registration);
        }
        // Netty hands events a registration object of its own: identity means nothing here.
        if (reg == null || closed) return;
        EpollIoOps ready = ((EpollIoEvent) event).ops();
        if (!queue.isEmpty() && (ready.contains(EpollIoOps.EPOLLOUT) || ready.contains(EpollIoOps.EPOLLERR))) {
            drain();
            update();
        }
        if (reading && !closed && reg != null) readSome();
    }

    private void readSome() {
        for (int i = 0; i < 32 && reading && !closed; i++) {
            IpcSyscalls.Received r;
            try {
                r = IpcSyscalls.recvmsg(fd.intValue(), readBuf, READ_SIZE);
            } catch (ErrnoException e) {
                if (e.errno == EINTR) continue;
                if (e.errno == EAGAIN) return;
                reading = false;
                update();
                realm.invoke(onread, -e.errno, null, null);
                return;
            }
            if (r.bytes() == 0 && r.fds().length == 0) {
                reading = false;
                update();
                realm.invoke(onread, UV_EOF, null, null);
                return;
            }
            ByteBuffer bb = ByteBuffer.allocateDirect((int) r.bytes());
            MemorySegment.copy(readBuf, 0, MemorySegment.ofBuffer(bb), 0, r.bytes());
            realm.invoke(onread, (int) r.bytes(), bb, r.fds().length == 0 ? null : r.fds());
            // As libuv: a short read ends the turn (level-triggered, the loop comes back if there
            // is more), so a blocking fd (setBlocking) never blocks the loop on an empty pipe.
            if (r.bytes() < READ_SIZE) return;
        }
    }

    @Override
    public void close() {
        // Netty calls this when the loop shuts down; the fd itself is closed by close(cb).
    }
}
