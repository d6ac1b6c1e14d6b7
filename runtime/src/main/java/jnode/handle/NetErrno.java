package jnode.handle;

import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.unix.Errors;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.ClosedChannelException;
import jnode.posix.ErrnoException;
import jnode.posix.SocketSyscalls;

/** Turns Netty's failures into libuv-style {@code -errno}, and socket addresses into JS-ready values. */
public final class NetErrno {
    private NetErrno() {}

    public static final int EOF = -4095;
    static final int EPIPE = -32;
    static final int EBADF = -9;
    static final int EINVAL = -22;
    static final int ENOTCONN = -107;
    static final int EIO = -5;

    /** {@code -errno} for a Netty/JDK exception: the native errno where Netty kept it, else the message. */
    public static int errno(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof Errors.NativeIoException n) return -Math.abs(n.expectedErr());
            if (c instanceof ErrnoException e) return -Math.abs(e.errno);
            if (c instanceof ConnectTimeoutException) return -110;
            if (c instanceof ClosedChannelException) return EPIPE;
            // Netty's connect throws these bare, without the errno it had (Errors.throwConnectException).
            if (c instanceof java.io.FileNotFoundException) return -2;
            if (c instanceof java.net.NoRouteToHostException) return -101;
            if (c instanceof java.nio.channels.AlreadyConnectedException) return -106;
            if (c instanceof java.nio.channels.ConnectionPendingException) return -114;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            int n = fromMessage(c.getMessage());
            if (n != 0) return n;
        }
        return EIO;
    }

    private static int fromMessage(String m) {
        if (m == null) return 0;
        String[][] known = {
            {"Connection refused", "-111"}, {"Address already in use", "-98"},
            {"Permission denied", "-13"}, {"Connection reset", "-104"}, {"Broken pipe", "-32"},
            {"No such file or directory", "-2"}, {"Cannot assign requested address", "-99"},
            {"Network is unreachable", "-101"}, {"No route to host", "-113"},
            {"Connection timed out", "-110"}, {"Too many open files", "-24"},
            {"Invalid argument", "-22"}, {"Address family not supported", "-97"},
            {"Operation not permitted", "-1"}, {"File name too long", "-36"},
        };
        for (String[] k : known) {
            if (m.contains(k[0])) return Integer.parseInt(k[1]);
        }
        return 0;
    }

    /** {address, family, port} for an IP socket address (mapped back to IPv6 on an IPv6 socket), {path} for a Unix one, null when unbound. */
    static Object[] describe(SocketAddress a, boolean inet6) {
        if (a instanceof InetSocketAddress isa && isa.getAddress() != null) {
            byte[] raw = isa.getAddress().getAddress();
            if (raw.length == 4 && inet6) {
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(raw, 0, mapped, 12, 4);
                raw = mapped;
            }
            return new Object[] {SocketSyscalls.ntop(raw), raw.length == 4 ? "IPv4" : "IPv6", isa.getPort()};
        }
        if (a instanceof io.netty.channel.unix.DomainSocketAddress d) return new Object[] {d.path()};
        return null;
    }
}
