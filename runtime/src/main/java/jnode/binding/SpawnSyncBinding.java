package jnode.binding;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import jnode.posix.ErrnoException;
import jnode.posix.FileSyscalls;
import jnode.posix.IpcSyscalls;
import jnode.posix.ProcessSyscalls;
import jnode.posix.SpawnSyscalls;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Node's {@code spawn_sync}: spawns, feeds stdin, collects the other pipes and waits, blocking the
 * loop as node does. Pipes are pumped by threads; a timeout or maxBuffer kills the child with
 * killSignal and is reported as ETIMEDOUT / ENOBUFS.
 */
public final class SpawnSyncBinding {
    private static final int ETIMEDOUT = 110;
    private static final int ENOBUFS = 105;

    private final Realm realm;

    SpawnSyncBinding(Realm realm) {
        this.realm = realm;
    }

    /** What one synchronous spawn produced. */
    public static final class Result {
        private final int pid;
        private final int status;
        private final int signal;
        private final int error;
        private final ByteBuffer[] output;

        Result(int pid, int status, int signal, int error, ByteBuffer[] output) {
            this.pid = pid;
            this.status = status;
            this.signal = signal;
            this.error = error;
            this.output = output;
        }

        @HostAccess.Export public int pid() { return pid; }
        /** Exit code, or -1 when killed by a signal or never started. */
        @HostAccess.Export public int status() { return status; }
        @HostAccess.Export public int signal() { return signal; }
        /** 0 or -errno (spawn failure, ETIMEDOUT, ENOBUFS). */
        @HostAccess.Export public int error() { return error; }
        @HostAccess.Export public int outputCount() { return output.length; }
        /** The bytes collected from fd {@code i}, or null when it was not a pipe. */
        @HostAccess.Export public ByteBuffer output(int i) { return output[i]; }
    }

    /**
     * {@code options} as for process_wrap, plus input (ArrayBuffer or null) with inputOffset and
     * inputLength, timeout (ms, 0 = none), killSignal, maxBuffer (bytes, Infinity for none).
     */
    @HostAccess.Export
    public Result spawn(Value options) {
        ProcessWrapBinding.Stdio stdio = new ProcessWrapBinding.Stdio(ProcessWrapBinding.ints(options.getMember("stdio")));
        int pid;
        try {
            stdio.open();
            pid = ProcessWrapBinding.start(options, stdio.childFds);
        } catch (ErrnoException e) {
            stdio.closeAll();
            return new Result(0, -1, 0, -e.errno, new ByteBuffer[stdio.kinds.length]);
        }
        stdio.closeChildEnds();
        realm.children().add(pid);

        int killSignal = options.getMember("killSignal").asInt();
        double maxBuffer = options.getMember("maxBuffer").asDouble();
        long timeout = (long) options.getMember("timeout").asDouble();
        int[] error = {0};
        Object lock = new Object();
        // As node's SyncProcessRunner::Kill: the signal, then our ends of the pipes shut, so a
        // grandchild holding them open (`sh -c 'node …'`) cannot keep this call waiting.
        Runnable killChild = () -> {
            try {
                ProcessSyscalls.kill(pid, killSignal);
            } catch (ErrnoException ignored) {
                // already gone
            }
            for (int fd : stdio.parentFds) {
                if (fd < 0) continue;
                try {
                    IpcSyscalls.shutdown(fd, IpcSyscalls.SHUT_RDWR);
                } catch (ErrnoException ignored) {
                    // the child closed its end
                }
            }
        };

        List<Thread> pumps = new ArrayList<>();
        ByteArrayOutputStream[] collected = new ByteArrayOutputStream[stdio.kinds.length];
        for (int i = 0; i < stdio.kinds.length; i++) {
            int fd = stdio.parentFds[i];
            if (fd < 0) continue;
            if (i == 0) {
                byte[] input = inputBytes(options);
                pumps.add(start(() -> feed(fd, input)));
            } else {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                collected[i] = out;
                pumps.add(start(() -> {
                    if (!collect(fd, out, maxBuffer)) {
                        synchronized (lock) {
                            if (error[0] == 0) error[0] = -ENOBUFS;
                        }
                        killChild.run();
                    }
                }));
            }
        }
        Thread timer = null;
        if (timeout > 0) {
            timer = start(() -> {
                try {
                    Thread.sleep(timeout);
                } catch (InterruptedException e) {
                    return;
                }
                synchronized (lock) {
                    if (error[0] == 0) error[0] = -ETIMEDOUT;
                }
                killChild.run();
            });
        }
        int status;
        try {
            status = SpawnSyscalls.waitpid(pid);
        } catch (ErrnoException e) {
            status = 0;
        }
        realm.children().remove(pid);
        if (timer != null) timer.interrupt();
        for (Thread t : pumps) {
            try {
                t.join();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
        for (int fd : stdio.parentFds) ProcessWrapBinding.closeQuietly(fd);
        ByteBuffer[] output = new ByteBuffer[collected.length];
        for (int i = 0; i < collected.length; i++) {
            if (collected[i] == null) continue;
            byte[] b = collected[i].toByteArray();
            output[i] = ByteBuffer.allocateDirect(b.length).put(b).flip();
        }
        int err;
        synchronized (lock) {
            err = error[0];
        }
        return new Result(pid, SpawnSyscalls.exitCode(status), SpawnSyscalls.termSignal(status), err, output);
    }

    private static byte[] inputBytes(Value options) {
        Value input = options.getMember("input");
        if (input == null || input.isNull()) return new byte[0];
        int offset = options.getMember("inputOffset").asInt();
        int length = options.getMember("inputLength").asInt();
        byte[] b = new byte[length];
        input.readBuffer(offset, b, 0, length);
        return b;
    }

    private static Thread start(Runnable r) {
        Thread t = new Thread(null, r, "jnode-spawnsync", 64 * 1024);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Writes all of {@code input}, then half-closes so the child sees EOF. */
    private static void feed(int fd, byte[] input) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment seg = arena.allocate(Math.max(1, input.length));
            MemorySegment.copy(input, 0, seg, ValueLayout.JAVA_BYTE, 0, input.length);
            long done = 0;
            while (done < input.length) {
                try {
                    done += IpcSyscalls.sendmsg(fd, seg.asSlice(done), input.length - done, null);
                } catch (ErrnoException e) {
                    if (e.errno != 4) break; // EPIPE: the child does not read its stdin
                }
            }
            IpcSyscalls.shutdown(fd, IpcSyscalls.SHUT_WR);
        } catch (ErrnoException ignored) {
            // the child closed its end
        }
    }

    /** Reads to EOF; false, and no more reads, once more than {@code max} bytes came. */
    private static boolean collect(int fd, ByteArrayOutputStream out, double max) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(65536);
            byte[] tmp = new byte[65536];
            while (true) {
                long n;
                try {
                    n = FileSyscalls.read(fd, buf, 65536);
                } catch (ErrnoException e) {
                    if (e.errno == 4) continue;
                    break;
                }
                if (n <= 0) break;
                MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, tmp, 0, (int) n);
                // As node's spawnSync: the read that crosses the limit is kept whole.
                out.write(tmp, 0, (int) n);
                if (out.size() > max) return false;
            }
        }
        return true;
    }
}
