package jnode.handle;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.Set;
import jnode.posix.ErrnoException;
import jnode.posix.IpcSyscalls;
import jnode.posix.SocketSyscalls;
import jnode.runtime.EventLoop;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One UDP socket (node's udp_wrap over libuv's uv_udp_t), on a Netty epoll datagram channel
 * registered on the JS thread's loop. As in libuv, bind and connect act at once and report
 * failures as {@code -errno}; the socket is created by the first of bind, connect or open.
 *
 * <p>Datagrams go to JS through the dispatcher as {@code $message(buf, [address, family, port, size])},
 * receive failures as {@code $message(null, -errno)}. send returns 0 when the kernel took the datagram
 * at once, 1 when {@code cb(status)} will follow, or -errno.
 */
public final class UdpHandle {
    /** bind flags, as libuv's UV_UDP_IPV6ONLY and UV_UDP_REUSEADDR. */
    private static final int IPV6ONLY = 1;
    private static final int REUSEADDR = 4;
    // Linux socket options Netty's config does not expose the way libuv sets them.
    private static final int SO_BROADCAST = 6;
    private static final int IP_TTL = 2;
    private static final int IP_MULTICAST_IF = 32;
    private static final int IP_MULTICAST_TTL = 33;
    private static final int IP_MULTICAST_LOOP = 34;
    private static final int IP_ADD_MEMBERSHIP = 35;
    private static final int IP_DROP_MEMBERSHIP = 36;
    private static final int IP_ADD_SOURCE_MEMBERSHIP = 39;
    private static final int IP_DROP_SOURCE_MEMBERSHIP = 40;
    private static final int IPV6_UNICAST_HOPS = 16;
    private static final int IPV6_MULTICAST_IF = 17;
    private static final int IPV6_MULTICAST_HOPS = 18;
    private static final int IPV6_MULTICAST_LOOP = 19;
    private static final int IPV6_ADD_MEMBERSHIP = 20;
    private static final int IPV6_DROP_MEMBERSHIP = 21;
    private static final int EINVAL = -22;
    private static final int EBADF = -9;
    private static final int ENOTCONN = -107;
    private static final int EISCONN = -106;
    private static final int ENOSYS = -38;
    /** The largest datagram a read takes whole (UDP's 64 KiB limit). */
    private static final int MAX_DATAGRAM = 64 * 1024;

    private final Realm realm;
    private final EventLoop loop;
    private final LoopRef loopRef;
    private final Value dispatch;
    private final Set<UdpHandle> live;
    private Value owner;
    private EpollDatagramChannel channel;
    private boolean ipv6;
    private boolean receiving;
    private boolean closed;
    private int pendingSends;
    private long pendingBytes;

    public UdpHandle(Realm realm, Value dispatch, Set<UdpHandle> live) {
        this.realm = realm;
        this.loop = realm.loop();
        this.loopRef = new LoopRef(loop);
        this.dispatch = dispatch;
        this.live = live;
        live.add(this);
    }

    /** The JS object events are delivered to (node's handle object). */
    @HostAccess.Export
    public void setOwner(Value owner) {
        this.owner = owner;
    }

    @HostAccess.Export
    public int fd() {
        return channel != null && channel.isOpen() ? channel.fd().intValue() : -1;
    }

    // --- opening ------------------------------------------------------------------------------

    /** Adopts a datagram socket fd (cluster and child_process pass them). */
    @HostAccess.Export
    public int open(int fd) {
        if (closed || channel != null) return EINVAL;
        try {
            IpcSyscalls.setNonBlocking(fd, true); // an adopted fd must not block the loop
            ipv6 = SocketSyscalls.getsockoptInt(fd, SocketSyscalls.SOL_SOCKET, SocketSyscalls.SO_DOMAIN)
                == SocketSyscalls.AF_INET6;
            return register(new EpollDatagramChannel(fd));
        } catch (ErrnoException e) {
            return -e.errno;
        } catch (RuntimeException e) {
            return NetErrno.errno(e);
        }
    }

    private int create(boolean v6, int flags) {
        if (channel != null) return 0;
        ipv6 = v6;
        EpollDatagramChannel ch = new EpollDatagramChannel(v6 ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET);
        try {
            int fd = ch.fd().intValue();
            if ((flags & REUSEADDR) != 0) {
                SocketSyscalls.setsockoptInt(fd, SocketSyscalls.SOL_SOCKET, 2 /* SO_REUSEADDR */, 1);
            }
            if (v6) {
                SocketSyscalls.setsockoptInt(fd, SocketSyscalls.IPPROTO_IPV6, SocketSyscalls.IPV6_V6ONLY,
                    (flags & IPV6ONLY) != 0 ? 1 : 0);
            }
        } catch (ErrnoException e) {
            ch.close();
            return -e.errno;
        }
        return register(ch);
    }

    private int register(EpollDatagramChannel ch) {
        ch.config().setAutoRead(false);
        // Else Netty counts the socket inactive after disconnect() and fails every later send.
        ch.config().setOption(ChannelOption.DATAGRAM_CHANNEL_ACTIVE_ON_REGISTRATION, true);
        ch.config().setRecvByteBufAllocator(new FixedRecvByteBufAllocator(MAX_DATAGRAM));
        ch.pipeline().addLast(new Events());
        ChannelFuture f = loop.netty().register(ch);
        if (!f.isSuccess()) {
            ch.close();
            return NetErrno.errno(f.cause());
        }
        channel = ch;
        return 0;
    }

    @HostAccess.Export
    public int bind(String address, int port, int flags) {
        return bindIp(address, port, false, flags);
    }

    @HostAccess.Export
    public int bind6(String address, int port, int flags) {
        return bindIp(address, port, true, flags);
    }

    private int bindIp(String address, int port, boolean v6, int flags) {
        if (closed) return EBADF;
        InetSocketAddress local = socketAddress(address, port);
        if (local == null) return EINVAL;
        if (channel != null && socket().localAddress() != null && socket().localAddress().getPort() != 0) return EINVAL;
        int rc = create(v6, flags);
        if (rc != 0) return rc;
        ChannelFuture f = channel.bind(local);
        return f.isSuccess() ? 0 : NetErrno.errno(f.cause());
    }

    /** connect(2) on the socket, binding it to a wildcard address first when unbound (as libuv). */
    @HostAccess.Export
    public int connect(String address, int port) {
        return connectIp(address, port, false);
    }

    @HostAccess.Export
    public int connect6(String address, int port) {
        return connectIp(address, port, true);
    }

    private int connectIp(String address, int port, boolean v6) {
        if (closed) return EBADF;
        InetSocketAddress remote = socketAddress(address, port);
        if (remote == null) return EINVAL;
        if (channel != null && channel.isConnected()) return EISCONN;
        int rc = create(v6, 0);
        if (rc != 0) return rc;
        ChannelFuture f = channel.connect(remote);
        return f.isSuccess() ? 0 : NetErrno.errno(f.cause());
    }

    @HostAccess.Export
    public int disconnect() {
        if (channel == null || !channel.isConnected()) return ENOTCONN;
        ChannelFuture f = channel.disconnect();
        return f.isSuccess() ? 0 : NetErrno.errno(f.cause());
    }

    /** A numeric address only: the JS side resolves names first; anything else is EINVAL. */
    private static InetSocketAddress socketAddress(String address, int port) {
        InetAddress a = numeric(address);
        return a == null ? null : new InetSocketAddress(a, port);
    }

    private static InetAddress numeric(String address) {
        if (address == null) return null;
        int scope = address.indexOf('%');
        String host = scope < 0 ? address : address.substring(0, scope);
        byte[] raw = NetUtil.createByteArrayFromIpAddressString(host);
        if (raw == null) return null;
        try {
            if (scope < 0 || raw.length != 16) return InetAddress.getByAddress(raw);
            return java.net.Inet6Address.getByAddress(null, raw, interfaceIndex(address.substring(scope + 1)));
        } catch (UnknownHostException | SocketException e) {
            return null;
        }
    }

    private static int interfaceIndex(String name) throws SocketException {
        if (name.chars().allMatch(Character::isDigit) && !name.isEmpty()) return Integer.parseInt(name);
        NetworkInterface ni = NetworkInterface.getByName(name);
        return ni == null ? 0 : ni.getIndex();
    }

    // --- addresses ------------------------------------------------------------------------------

    /** {address, family, port}, or -errno. */
    @HostAccess.Export
    public Object getsockname() {
        if (channel == null || !channel.isOpen()) return EBADF;
        Object[] d = NetErrno.describe(socket().localAddress(), ipv6);
        return d == null ? EINVAL : d;
    }

    @HostAccess.Export
    public Object getpeername() {
        if (channel == null || !channel.isOpen()) return EBADF;
        Object[] d = channel.isConnected() ? NetErrno.describe(socket().remoteAddress(), ipv6) : null;
        return d == null ? ENOTCONN : d;
    }

    // The kernel's view, not Netty's cached one: after disconnect() the kernel may pick a new port on the next send.
    private io.netty.channel.unix.Socket socket() {
        return (io.netty.channel.unix.Socket) channel.fd();
    }

    // --- receiving ------------------------------------------------------------------------------

    @HostAccess.Export
    public int recvStart() {
        if (closed || channel == null) return EBADF;
        receiving = true;
        updateRef();
        channel.config().setAutoRead(true);
        return 0;
    }

    @HostAccess.Export
    public int recvStop() {
        if (closed || channel == null) return 0;
        receiving = false;
        updateRef();
        channel.config().setAutoRead(false);
        return 0;
    }

    private final class Events extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            DatagramPacket p = (DatagramPacket) msg;
            ByteBuf b = p.content();
            try {
                if (closed || !receiving) return;
                int n = b.readableBytes();
                ByteBuffer bb = ByteBuffer.allocateDirect(n);
                b.readBytes(bb);
                bb.flip();
                Object[] from = NetErrno.describe(p.sender(), ipv6);
                emit(bb, new Object[] {from[0], from[1], from[2], n});
            } finally {
                p.release();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            // An ICMP error on a connected socket surfaces on the next read, as libuv's recvmsg does.
            if (!closed) emit(null, cause instanceof PortUnreachableException ? -111 : NetErrno.errno(cause));
        }
    }

    private void emit(Object buf, Object info) {
        if (owner != null) realm.invoke(dispatch, owner, "$message", buf, info);
    }

    // --- sending --------------------------------------------------------------------------------

    /**
     * Sends {@code length} bytes of an ArrayBuffer as one datagram to address:port, or to the
     * connected peer when address is null.
     */
    @HostAccess.Export
    public int send(Value arrayBuffer, int offset, int length, String address, int port, Value cb) {
        if (closed || channel == null) return EBADF;
        Object msg;
        ByteBuf buf = channel.alloc().directBuffer(length);
        if (length > 0) {
            byte[] bytes = new byte[length];
            arrayBuffer.readBuffer(offset, bytes, 0, length);
            buf.writeBytes(bytes);
        }
        if (address == null) {
            if (!channel.isConnected()) {
                buf.release();
                return ENOTCONN;
            }
            msg = buf;
        } else {
            InetSocketAddress to = socketAddress(address, port);
            if (to == null) {
                buf.release();
                return EINVAL;
            }
            msg = new DatagramPacket(buf, to);
        }
        ChannelFuture f = channel.writeAndFlush(msg);
        if (f.isDone()) return f.isSuccess() ? 0 : NetErrno.errno(f.cause());
        pendingSends++;
        pendingBytes += length;
        updateRef();
        f.addListener(done -> {
            pendingSends--;
            pendingBytes -= length;
            updateRef();
            if (!closed) realm.invoke(cb, done.isSuccess() ? 0 : NetErrno.errno(done.cause()));
        });
        return 1;
    }

    @HostAccess.Export
    public double getSendQueueSize() {
        return pendingBytes;
    }

    @HostAccess.Export
    public double getSendQueueCount() {
        return pendingSends;
    }

    // --- options --------------------------------------------------------------------------------

    @HostAccess.Export
    public int setBroadcast(boolean on) {
        return setInt(SocketSyscalls.SOL_SOCKET, SO_BROADCAST, on ? 1 : 0);
    }

    @HostAccess.Export
    public int setTTL(int ttl) {
        if (ttl < 1 || ttl > 255) return EINVAL; // libuv's range
        return ipv6 ? setInt(SocketSyscalls.IPPROTO_IPV6, IPV6_UNICAST_HOPS, ttl)
                    : setInt(SocketSyscalls.IPPROTO_IP, IP_TTL, ttl);
    }

    @HostAccess.Export
    public int setMulticastTTL(int ttl) {
        if (ttl < 0 || ttl > 255) return EINVAL;
        return ipv6 ? setInt(SocketSyscalls.IPPROTO_IPV6, IPV6_MULTICAST_HOPS, ttl)
                    : setInt(SocketSyscalls.IPPROTO_IP, IP_MULTICAST_TTL, ttl);
    }

    @HostAccess.Export
    public int setMulticastLoopback(boolean on) {
        return ipv6 ? setInt(SocketSyscalls.IPPROTO_IPV6, IPV6_MULTICAST_LOOP, on ? 1 : 0)
                    : setInt(SocketSyscalls.IPPROTO_IP, IP_MULTICAST_LOOP, on ? 1 : 0);
    }

    /** An IPv4 interface address, or for IPv6 a scope ("::%eth0") naming the interface. */
    @HostAccess.Export
    public int setMulticastInterface(String iface) {
        if (channel == null) return EBADF;
        InetAddress a = numeric(iface);
        if (a == null || (a.getAddress().length == 16) != ipv6) return EINVAL;
        try {
            if (!ipv6) {
                SocketSyscalls.setsockopt(fd(), SocketSyscalls.IPPROTO_IP, IP_MULTICAST_IF, a.getAddress());
            } else {
                int index = ((java.net.Inet6Address) a).getScopeId();
                SocketSyscalls.setsockoptInt(fd(), SocketSyscalls.IPPROTO_IPV6, IPV6_MULTICAST_IF, index);
            }
            return 0;
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** Joins (or with {@code join} false leaves) a group, on the interface with address {@code iface} or the default. */
    @HostAccess.Export
    public int membership(String group, String iface, boolean join) {
        if (channel == null) return EBADF;
        InetAddress g = numeric(group);
        InetAddress i = iface == null ? null : numeric(iface);
        if (g == null || (iface != null && i == null)) return EINVAL;
        try {
            if (g.getAddress().length == 4) {
                byte[] mreq = new byte[8];
                System.arraycopy(g.getAddress(), 0, mreq, 0, 4);
                if (i != null) System.arraycopy(i.getAddress(), 0, mreq, 4, 4);
                SocketSyscalls.setsockopt(fd(), SocketSyscalls.IPPROTO_IP, join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP, mreq);
            } else {
                byte[] mreq = new byte[20];
                System.arraycopy(g.getAddress(), 0, mreq, 0, 16);
                int index = i instanceof java.net.Inet6Address i6 ? i6.getScopeId() : 0;
                ByteBuffer.wrap(mreq, 16, 4).order(java.nio.ByteOrder.nativeOrder()).putInt(index);
                SocketSyscalls.setsockopt(fd(), SocketSyscalls.IPPROTO_IPV6, join ? IPV6_ADD_MEMBERSHIP : IPV6_DROP_MEMBERSHIP, mreq);
            }
            return 0;
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** Source-specific membership (IPv4 only here: ip_mreq_source). */
    @HostAccess.Export
    public int sourceMembership(String source, String group, String iface, boolean join) {
        if (channel == null) return EBADF;
        InetAddress s = numeric(source);
        InetAddress g = numeric(group);
        InetAddress i = iface == null ? null : numeric(iface);
        if (s == null || g == null || (iface != null && i == null)) return EINVAL;
        if (g.getAddress().length != 4) return ENOSYS;
        byte[] mreq = new byte[12];
        System.arraycopy(g.getAddress(), 0, mreq, 0, 4);
        if (i != null) System.arraycopy(i.getAddress(), 0, mreq, 4, 4);
        System.arraycopy(s.getAddress(), 0, mreq, 8, 4);
        try {
            SocketSyscalls.setsockopt(fd(), SocketSyscalls.IPPROTO_IP,
                join ? IP_ADD_SOURCE_MEMBERSHIP : IP_DROP_SOURCE_MEMBERSHIP, mreq);
            return 0;
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** SO_RCVBUF (recv) or SO_SNDBUF: sets it when size > 0, returns the kernel's value, or -errno. */
    @HostAccess.Export
    public int bufferSize(int size, boolean recv) {
        if (channel == null) return EBADF;
        int name = recv ? SocketSyscalls.SO_RCVBUF : SocketSyscalls.SO_SNDBUF;
        try {
            if (size > 0) SocketSyscalls.setsockoptInt(fd(), SocketSyscalls.SOL_SOCKET, name, size);
            return SocketSyscalls.getsockoptInt(fd(), SocketSyscalls.SOL_SOCKET, name);
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    private int setInt(int level, int name, int value) {
        if (channel == null) return EBADF;
        try {
            SocketSyscalls.setsockoptInt(fd(), level, name, value);
            return 0;
        } catch (ErrnoException e) {
            return -e.errno;
        }
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

    // libuv counts a UDP handle as active while it receives or has sends in flight.
    private boolean active() {
        return !closed && (receiving || pendingSends > 0);
    }

    private void updateRef() {
        loopRef.update(active());
    }

    /** Closes the socket (idempotent); cb() runs on a later turn, like uv_close's callback. */
    @HostAccess.Export
    public void close(Value cb) {
        if (closed) return;
        closed = true;
        receiving = false;
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

    /** For the realm's shutdown: close without a callback. */
    public void closeQuietly() {
        if (closed) return;
        closed = true;
        if (channel != null) channel.close();
    }
}
