package jnode.handle;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.channel.unix.UnixChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.Set;
import jnode.posix.ErrnoException;
import jnode.posix.IpcSyscalls;
import jnode.posix.SocketSyscalls;
import jnode.runtime.Bytes;
import jnode.runtime.EventLoop;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One TCP or Unix-domain socket (node's tcp_wrap/pipe_wrap over stream_wrap), on a Netty epoll
 * channel registered on the JS thread's loop. Like libuv's handle it starts unopened and becomes a
 * server (bind + listen, or an adopted listening fd) or a stream (connect, accept, or an adopted
 * connected fd).
 *
 * <p>Events go to JS through one dispatcher, {@code dispatch(owner, name, a, b, c)}:
 * {@code $read(n, memory, offset)} with n = bytes (at {@code offset} of the loop's
 * {@link ReadScratch}, which JS copies them out of during the call), {@link NetErrno#EOF} or
 * -errno; {@code $connection(status, handle)}. While a {@link ReadConsumer} is set, the bytes go
 * to it instead, and only EOF and errors to JS. Requests (connect, write, shutdown) take a JS
 * callback {@code cb(status)}; write returns 0 when it finished at once (no callback), 1 when the
 * callback will come, or -errno.
 *
 * <p>For child_process: {@link #fd()} gives the fd to send, {@link #open(int)} adopts a received one.
 */
public final class SocketHandle {
    private final Realm realm;
    private final EventLoop loop;
    private final LoopRef loopRef;
    private final Value dispatch;
    private final Set<SocketHandle> live;
    private final ReadScratch scratch;
    private final boolean pipe;
    private Value owner;
    /** Takes the reads instead of JS while set (an HTTP parser consuming the socket). */
    private ReadConsumer consumer;
    private Channel channel;
    /** Bytes read so far (stream_base's bytes_read_), whoever took them: JS or the consumer. */
    private long bytesRead;
    private SocketAddress bindAddress;
    private boolean ipv6;
    private boolean ipv6Only;
    private boolean adoptedServer;
    private boolean registered;
    private boolean listening;
    private boolean reading;
    private boolean closed;
    private boolean eofSent;
    /** A connect that failed reports through its callback only, as in libuv, not as an EOF too. */
    private boolean connectFailed;
    private Boolean noDelay;
    private Boolean inet6;
    private ChannelFuture lastWrite;

    public SocketHandle(Realm realm, Value dispatch, Set<SocketHandle> live, ReadScratch scratch, boolean pipe) {
        this.realm = realm;
        this.scratch = scratch;
        this.loop = realm.loop();
        this.loopRef = new LoopRef(loop);
        this.dispatch = dispatch;
        this.live = live;
        this.pipe = pipe;
        live.add(this);
    }

    /** The JS object events are delivered to (node's handle object). */
    @HostAccess.Export
    public void setOwner(Value owner) {
        this.owner = owner;
    }

    /** Reads go to {@code consumer} from now on, or to JS again when it is null. */
    public void setReadConsumer(ReadConsumer consumer) {
        this.consumer = consumer;
    }

    @HostAccess.Export
    public boolean isPipe() {
        return pipe;
    }

    /** The socket's fd, or -1 before it has one / after close. */
    @HostAccess.Export
    public int fd() {
        return channel instanceof UnixChannel u && channel.isOpen() ? u.fd().intValue() : -1;
    }

    /** The kernel's SO_RCVBUF (recv) or SO_SNDBUF for this socket, or -errno. */
    @HostAccess.Export
    public int bufferSize(boolean recv) {
        int fd = fd();
        if (fd < 0) return NetErrno.EBADF;
        try {
            return SocketSyscalls.getsockoptInt(fd, SocketSyscalls.SOL_SOCKET,
                recv ? SocketSyscalls.SO_RCVBUF : SocketSyscalls.SO_SNDBUF);
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    // --- opening ------------------------------------------------------------------------------

    /**
     * Adopts an fd (from another process, or stdio): a listening socket becomes a server that
     * starts accepting on {@link #listen}, a connected one a stream. Returns 0 or -errno.
     */
    @HostAccess.Export
    public int open(int fd) {
        if (closed || channel != null) return NetErrno.EINVAL;
        try {
            IpcSyscalls.setNonBlocking(fd, true); // an adopted fd must not block the loop
            boolean accepting = SocketSyscalls.getsockoptInt(fd, SocketSyscalls.SOL_SOCKET, SocketSyscalls.SO_ACCEPTCONN) != 0;
            if (accepting) {
                channel = pipe ? new EpollServerDomainSocketChannel(fd) : new EpollServerSocketChannel(fd);
                adoptedServer = true;
                return 0;
            }
            Channel ch = pipe ? new EpollDomainSocketChannel(fd) : new EpollSocketChannel(fd);
            return adoptStream(ch);
        } catch (ErrnoException e) {
            return -e.errno;
        } catch (RuntimeException e) {
            return NetErrno.errno(e);
        }
    }

    /** An accepted or adopted connected channel: configure, register, reads off until readStart. */
    private int adoptStream(Channel ch) {
        configureStream(ch);
        ch.pipeline().addLast(new StreamEvents());
        ChannelFuture f = loop.netty().register(ch);
        if (!f.isSuccess()) {
            ch.close();
            return NetErrno.errno(f.cause());
        }
        channel = ch;
        registered = true;
        return 0;
    }

    private void configureStream(Channel ch) {
        ch.config().setAutoRead(false);
        ch.config().setRecvByteBufAllocator(new ScratchRecvAllocator(scratch, ch.config().getRecvByteBufAllocator()));
        ch.config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
        ch.config().setOption(ChannelOption.CONNECT_TIMEOUT_MILLIS, 0);
        // Netty turns Nagle off by default; node leaves it on unless asked.
        if (!pipe) ch.config().setOption(ChannelOption.TCP_NODELAY, noDelay != null && noDelay);
    }

    /** Records the address to bind (libuv defers bind errors to listen/connect). */
    @HostAccess.Export
    public int bind(String address, int port) {
        return bindIp(address, port, false, false);
    }

    /** flags & 1 = IPV6_V6ONLY. */
    @HostAccess.Export
    public int bind6(String address, int port, int flags) {
        return bindIp(address, port, true, (flags & 1) != 0);
    }

    private int bindIp(String address, int port, boolean v6, boolean only) {
        if (closed || pipe || channel != null) return NetErrno.EINVAL;
        try {
            bindAddress = new InetSocketAddress(InetAddress.getByName(address), port);
        } catch (UnknownHostException e) {
            return NetErrno.EINVAL;
        }
        ipv6 = v6;
        ipv6Only = only;
        return 0;
    }

    /** A Unix socket path; relative paths resolve against the realm's cwd. */
    @HostAccess.Export
    public int bindPipe(String path) {
        if (closed || !pipe || channel != null) return NetErrno.EINVAL;
        bindAddress = new DomainSocketAddress(realm.resolve(path));
        return 0;
    }

    @HostAccess.Export
    public int listen(int backlog) {
        if (closed) return NetErrno.EBADF;
        if (adoptedServer && !registered) {
            channel.pipeline().addLast(new ServerEvents());
            ChannelFuture f = loop.netty().register(channel);
            if (!f.isSuccess()) return NetErrno.errno(f.cause());
            registered = true;
            listening = true;
            updateRef();
            return 0;
        }
        if (channel != null) return listening ? 0 : NetErrno.EINVAL;
        if (bindAddress == null) {
            if (pipe) return NetErrno.EINVAL;
            bindIp("::", 0, true, false);
        }
        // Netty unlinks the path before bind; libuv (and so node) reports EADDRINUSE instead.
        if (pipe && java.nio.file.Files.exists(java.nio.file.Path.of(((DomainSocketAddress) bindAddress).path()),
                java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return -98;
        }
        ServerChannel sc;
        if (pipe) {
            sc = new EpollServerDomainSocketChannel();
        } else {
            sc = new EpollServerSocketChannel(ipv6 ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET);
            sc.config().setOption(ChannelOption.SO_REUSEADDR, true);
        }
        sc.config().setOption(ChannelOption.SO_BACKLOG, backlog > 0 ? backlog : 511);
        try {
            if (ipv6Only) {
                int fd = ((UnixChannel) sc).fd().intValue();
                SocketSyscalls.setsockoptInt(fd, SocketSyscalls.IPPROTO_IPV6, SocketSyscalls.IPV6_V6ONLY, 1);
            }
        } catch (ErrnoException e) {
            sc.close();
            return -e.errno;
        }
        sc.pipeline().addLast(new ServerEvents());
        ChannelFuture f = loop.netty().register(sc);
        if (f.isSuccess()) f = sc.bind(bindAddress);
        if (!f.isDone() || !f.isSuccess()) {
            int err = f.isDone() ? NetErrno.errno(f.cause()) : NetErrno.EIO;
            sc.close();
            return err;
        }
        channel = sc;
        registered = true;
        listening = true;
        updateRef();
        return 0;
    }

    /** TCP connect to a numeric IPv4 address; cb(status) later. Returns 0 or -errno. */
    @HostAccess.Export
    public int connect(String address, int port, Value cb) {
        return connectIp(address, port, false, cb);
    }

    @HostAccess.Export
    public int connect6(String address, int port, Value cb) {
        return connectIp(address, port, true, cb);
    }

    private int connectIp(String address, int port, boolean v6, Value cb) {
        if (closed || pipe || channel != null) return NetErrno.EINVAL;
        InetSocketAddress remote;
        try {
            remote = new InetSocketAddress(InetAddress.getByName(address), port);
        } catch (UnknownHostException e) {
            return NetErrno.EINVAL;
        }
        return startConnect(new EpollSocketChannel(v6 ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET), remote, cb);
    }

    @HostAccess.Export
    public int connectPipe(String path, Value cb) {
        if (closed || !pipe || channel != null) return NetErrno.EINVAL;
        return startConnect(new EpollDomainSocketChannel(), new DomainSocketAddress(realm.resolve(path)), cb);
    }

    private int startConnect(Channel ch, SocketAddress remote, Value cb) {
        int rc = adoptStream(ch);
        if (rc != 0) return rc;
        if (bindAddress != null) {
            ChannelFuture b = ch.bind(bindAddress);
            if (b.isDone() && !b.isSuccess()) return NetErrno.errno(b.cause());
        }
        loop.ref();
        ChannelFuture f = ch.connect(remote);
        // Always complete on a later turn, as libuv does, even when connect finished at once.
        f.addListener(done -> {
            // Netty closes a channel whose connect failed right after this, before the callback below.
            connectFailed = !done.isSuccess();
            loop.post(() -> connected(f, cb));
        });
        return 0;
    }

    private void connected(ChannelFuture done, Value cb) {
        loop.unref();
        if (closed) return;
        realm.invoke(cb, done.isSuccess() ? 0 : NetErrno.errno(done.cause()));
    }

    // --- addresses and options --------------------------------------------------------------

    /** {address, family, port}, {path} for a pipe, or -errno. */
    @HostAccess.Export
    public Object getsockname() {
        if (channel == null || !channel.isOpen()) return NetErrno.EBADF;
        Object[] d = NetErrno.describe(channel.localAddress(), inet6());
        return d == null ? NetErrno.EINVAL : d;
    }

    @HostAccess.Export
    public Object getpeername() {
        if (channel == null || !channel.isOpen()) return NetErrno.EBADF;
        Object[] d = NetErrno.describe(channel.remoteAddress(), inet6());
        return d == null ? NetErrno.ENOTCONN : d;
    }

    // Netty reports IPv4-mapped peers of an IPv6 socket as IPv4; node shows ::ffff:a.b.c.d.
    private boolean inet6() {
        if (inet6 == null) {
            try {
                inet6 = !pipe && SocketSyscalls.getsockoptInt(fd(), SocketSyscalls.SOL_SOCKET,
                    SocketSyscalls.SO_DOMAIN) == SocketSyscalls.AF_INET6;
            } catch (ErrnoException e) {
                return false;
            }
        }
        return inet6;
    }

    @HostAccess.Export
    public int setNoDelay(boolean enable) {
        noDelay = enable;
        if (pipe || channel == null || channel instanceof ServerChannel) return 0;
        return setOption(ChannelOption.TCP_NODELAY, enable);
    }

    /**
     * Clears (or sets) O_NONBLOCK on the fd, as libuv does for an fd that becomes a child's stdio:
     * the child reads and writes it blocking, and the open file is shared, so this side is
     * blocking too. Netty reads again only after a full read, so a short read ends the turn.
     */
    @HostAccess.Export
    public int setBlocking(boolean blocking) {
        if (!(channel instanceof UnixChannel u)) return NetErrno.EBADF;
        try {
            IpcSyscalls.setNonBlocking(u.fd().intValue(), !blocking);
            return 0;
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    @HostAccess.Export
    public int setKeepAlive(boolean enable, int delaySecs) {
        if (pipe || channel == null || channel instanceof ServerChannel) return 0;
        int rc = setOption(ChannelOption.SO_KEEPALIVE, enable);
        if (rc == 0 && enable && delaySecs > 0) rc = setOption(EpollChannelOption.TCP_KEEPIDLE, delaySecs);
        return rc;
    }

    private <T> int setOption(ChannelOption<T> option, T value) {
        try {
            channel.config().setOption(option, value);
            return 0;
        } catch (RuntimeException e) {
            return NetErrno.errno(e);
        }
    }

    // --- reading --------------------------------------------------------------------------------

    @HostAccess.Export
    public int readStart() {
        if (closed || channel == null) return NetErrno.EBADF;
        reading = !eofSent; // nothing more comes after EOF: no reason to keep the loop alive
        updateRef();
        channel.config().setAutoRead(true);
        return 0;
    }

    @HostAccess.Export
    public int readStop() {
        if (closed || channel == null) return 0;
        reading = false;
        updateRef();
        channel.config().setAutoRead(false);
        return 0;
    }

    @HostAccess.Export
    public double bytesRead() {
        return bytesRead;
    }

    @HostAccess.Export
    public boolean isReading() {
        return reading;
    }

    private final class StreamEvents extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf b = (ByteBuf) msg;
            try {
                int n = b.readableBytes();
                if (n == 0 || closed || owner == null) return;
                bytesRead += n;
                ByteBuffer memory = scratch.take(b);
                if (consumer != null) consumer.onRead(memory, scratch.offset(), n);
                else realm.invoke(dispatch, owner, "$read", n, memory, scratch.offset());
            } finally {
                b.release();
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt == ChannelInputShutdownEvent.INSTANCE) endOfInput(NetErrno.EOF);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            endOfInput(NetErrno.errno(cause));
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            // The connection went away without an EOF we could report (reset while paused).
            endOfInput(NetErrno.EOF);
        }
    }

    private void endOfInput(int status) {
        if (eofSent || closed || connectFailed) return;
        eofSent = true;
        // As libuv does at EOF: the handle stops reading, so it no longer keeps the loop alive.
        reading = false;
        updateRef();
        emit("$read", status, null);
    }

    private final class ServerEvents extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            Channel child = (Channel) msg;
            if (closed) {
                child.close();
                return;
            }
            SocketHandle h = new SocketHandle(realm, dispatch, live, scratch, pipe);
            int rc = h.adoptStream(child);
            if (rc != 0) {
                h.closed = true;
                live.remove(h);
                child.close();
                emit("$connection", rc, null);
                return;
            }
            emit("$connection", 0, h);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (!closed) emit("$connection", NetErrno.errno(cause), null);
        }
    }

    private void emit(String name, Object a, Object b) {
        if (owner == null) return;
        realm.invoke(dispatch, owner, name, a, b);
    }

    // --- writing --------------------------------------------------------------------------------

    /** Writes {@code length} bytes of an ArrayBuffer from {@code offset}. */
    @HostAccess.Export
    public int writeBuffer(Value arrayBuffer, int offset, int length, Value cb) {
        if (closed || channel == null) return NetErrno.EBADF;
        if (canSendNow()) {
            byte[] bytes = length <= SocketSyscalls.SEND_MAX ? sendScratch(length) : new byte[length];
            arrayBuffer.readBuffer(offset, bytes, 0, length);
            return sendNow(bytes, length, cb);
        }
        byte[] bytes = new byte[length];
        arrayBuffer.readBuffer(offset, bytes, 0, length);
        return submitWrite(Unpooled.wrappedBuffer(bytes), cb);
    }

    @HostAccess.Export
    public int writeUtf8String(String s, Value cb) {
        if (closed || channel == null) return NetErrno.EBADF;
        byte[] bytes = Bytes.utf8(s);
        if (canSendNow()) return sendNow(bytes, bytes.length, cb);
        return submitWrite(Unpooled.wrappedBuffer(bytes), cb);
    }

    // libuv's uv_try_write: with nothing queued, a write goes straight to the kernel, and only
    // what it does not take now goes through Netty's queue (one syscall per write, no pipeline,
    // no promise, no buffer copy into Netty's memory).
    private boolean canSendNow() {
        if (!registered || !(channel instanceof UnixChannel) || !channel.isActive()) return false;
        if (channel instanceof DuplexChannel d && d.isOutputShutdown()) return false;
        var queued = channel.unsafe().outboundBuffer();
        return queued != null && queued.isEmpty() && queued.totalPendingWriteBytes() == 0;
    }

    private int sendNow(byte[] bytes, int length, Value cb) {
        int sent = 0;
        try {
            sent = SocketSyscalls.send(((UnixChannel) channel).fd().intValue(), bytes, length);
        } catch (ErrnoException e) {
            if (e.errno != EAGAIN && e.errno != EINTR) return -e.errno;
        }
        if (sent == length) return 0;
        return submitWrite(Unpooled.copiedBuffer(bytes, sent, length - sent), cb);
    }

    // The loop thread's buffer for bytes read out of JS on their way to send(); reused by the
    // next write, so only ever holds one write's bytes at a time.
    private static final ThreadLocal<byte[][]> SEND_SCRATCH = ThreadLocal.withInitial(() -> new byte[1][]);

    private static final int EAGAIN = 11;
    private static final int EINTR = 4;

    private static byte[] sendScratch(int length) {
        byte[][] holder = SEND_SCRATCH.get();
        if (holder[0] == null || holder[0].length < length) {
            holder[0] = new byte[Math.max(length, 16 * 1024)];
        }
        return holder[0];
    }

    private int submitWrite(ByteBuf buf, Value cb) {
        if (channel instanceof DuplexChannel d && d.isOutputShutdown()) {
            buf.release();
            return NetErrno.EPIPE;
        }
        ChannelFuture f = channel.writeAndFlush(buf);
        lastWrite = f;
        return track(f, cb);
    }

    /** 0 / -errno if {@code f} is already done, else 1 and cb(status) when it is. */
    private int track(ChannelFuture f, Value cb) {
        if (f.isDone()) return f.isSuccess() ? 0 : NetErrno.errno(f.cause());
        loop.ref();
        f.addListener(done -> {
            loop.unref();
            if (closed) return;
            realm.invoke(cb, done.isSuccess() ? 0 : NetErrno.errno(done.cause()));
        });
        return 1;
    }

    /** Bytes queued in Netty that the kernel has not taken yet. */
    @HostAccess.Export
    public double writeQueueSize() {
        if (channel == null || channel.unsafe().outboundBuffer() == null) return 0;
        return channel.unsafe().outboundBuffer().totalPendingWriteBytes();
    }

    /** Half-close after the queued writes have gone out (uv_shutdown); cb(status) later. */
    @HostAccess.Export
    public int shutdown(Value cb) {
        if (closed || !(channel instanceof DuplexChannel d)) return NetErrno.ENOTCONN;
        loop.ref();
        Runnable go = () -> {
            if (closed) {
                loop.unref();
                return;
            }
            d.shutdownOutput().addListener(done -> loop.post(() -> {
                loop.unref();
                if (!closed) realm.invoke(cb, done.isSuccess() ? 0 : NetErrno.errno(done.cause()));
            }));
        };
        if (lastWrite != null && !lastWrite.isDone()) lastWrite.addListener(x -> go.run());
        else go.run();
        return 0;
    }

    // --- lifetime -------------------------------------------------------------------------------

    @HostAccess.Export
    public void ref() {
        loopRef.setRefed(true, active());
    }

    @HostAccess.Export
    public void unref() {
        loopRef.setRefed(false, active());
    }

    @HostAccess.Export
    public boolean hasRef() {
        return loopRef.refed();
    }

    // libuv counts a handle as keeping the loop alive while it is active (listening or reading).
    private boolean active() {
        return !closed && (listening || reading);
    }

    private void updateRef() {
        loopRef.update(active());
    }

    /** Closes the channel (idempotent); cb() runs on a later turn, like uv_close's callback. */
    @HostAccess.Export
    public void close(Value cb) {
        if (closed) return;
        closed = true;
        listening = false;
        reading = false;
        updateRef();
        live.remove(this);
        if (channel != null) channel.close();
        if (cb == null || !cb.canExecute()) return;
        loop.ref();
        loop.post(() -> {
            loop.unref();
            realm.invoke(cb);
        });
    }

    /** Closes with an RST instead of a FIN (SO_LINGER 0), for resetAndDestroy. */
    @HostAccess.Export
    public int reset(Value cb) {
        if (closed) return NetErrno.EBADF;
        int rc = 0;
        if (channel != null && !(channel instanceof ServerChannel) && !pipe) {
            rc = setOption(ChannelOption.SO_LINGER, 0);
        }
        close(cb);
        return rc;
    }

    /** For the realm's shutdown: close without a callback. */
    public void closeQuietly() {
        if (closed) return;
        closed = true;
        if (channel != null) channel.close();
    }

    public boolean isClosed() {
        return closed;
    }
}
