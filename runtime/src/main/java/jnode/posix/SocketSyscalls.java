package jnode.posix;

import static jnode.posix.Libc.INT;
import static jnode.posix.Libc.PTR;
import static jnode.posix.Libc.SIZE_T;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/** Socket syscalls the Netty channels do not cover: fd flags, socket options, getaddrinfo, inet_ntop. */
public final class SocketSyscalls {
    private SocketSyscalls() {}

    public static final int AF_UNSPEC = 0;
    public static final int AF_UNIX = 1;
    public static final int AF_INET = 2;
    public static final int AF_INET6 = 10;
    public static final int SOL_SOCKET = 1;
    public static final int SO_TYPE = 3;
    public static final int SO_SNDBUF = 7;
    public static final int SO_RCVBUF = 8;
    public static final int SO_ACCEPTCONN = 30;
    public static final int SO_DOMAIN = 39;
    public static final int IPPROTO_IPV6 = 41;
    public static final int IPV6_V6ONLY = 26;
    public static final int IPPROTO_IP = 0;
    private static final int SOCK_STREAM = 1;

    private static final Downcall GETSOCKOPT =
        Libc.errnoCall("getsockopt", FunctionDescriptor.of(INT, INT, INT, INT, PTR, PTR));
    private static final Downcall SETSOCKOPT =
        Libc.errnoCall("setsockopt", FunctionDescriptor.of(INT, INT, INT, INT, PTR, INT));
    private static final Downcall GETADDRINFO =
        Libc.call("getaddrinfo", FunctionDescriptor.of(INT, PTR, PTR, PTR, PTR));
    private static final Downcall FREEADDRINFO =
        Libc.call("freeaddrinfo", FunctionDescriptor.ofVoid(PTR));
    private static final Downcall INET_NTOP =
        Libc.call("inet_ntop", FunctionDescriptor.of(PTR, INT, PTR, PTR, INT));
    private static final Downcall INET_PTON =
        Libc.call("inet_pton", FunctionDescriptor.of(INT, INT, PTR, PTR));
    // int getnameinfo(const struct sockaddr *, socklen_t, char *host, socklen_t, char *serv, socklen_t, int flags)
    private static final Downcall GETNAMEINFO =
        Libc.call("getnameinfo", FunctionDescriptor.of(INT, PTR, INT, PTR, INT, PTR, INT, INT));
    private static final int NI_NAMEREQD = 8;
    private static final Downcall DUP = Libc.errnoCall("dup", FunctionDescriptor.of(INT, INT));
    // Critical: callers only send on non-blocking sockets, and heap bytes go to the kernel uncopied.
    private static final Downcall SEND =
        Libc.criticalErrnoCall("send", FunctionDescriptor.of(SIZE_T, INT, PTR, SIZE_T, INT));
    private static final int MSG_NOSIGNAL = 0x4000;
    /** The most one {@link #send} passes to the kernel; callers handle partial sends anyway. */
    public static final int SEND_MAX = 256 * 1024;

    /** {@code int dup(int fd)} */
    public static int dup(int fd) throws ErrnoException {
        int rc;
        try {
            rc = (int) DUP.get().invokeExact(Libc.state(), fd);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        return Libc.check("dup", rc);
    }

    /**
     * {@code send(fd, data, min(length, SEND_MAX), MSG_NOSIGNAL)} on a non-blocking socket: the
     * bytes the kernel took (maybe fewer than asked), or EAGAIN when it took none.
     */
    public static int send(int fd, byte[] data, int length) throws ErrnoException {
        return send(fd, MemorySegment.ofArray(data).asSlice(0, Math.min(length, SEND_MAX)));
    }

    private static int send(int fd, MemorySegment data) throws ErrnoException {
        long rc;
        try {
            rc = (long) SEND.get().invokeExact(Libc.state(), fd, data, data.byteSize(), MSG_NOSIGNAL);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        return (int) Libc.check("send", rc);
    }

    /** An int-valued {@code getsockopt}. */
    public static int getsockoptInt(int fd, int level, int name) throws ErrnoException {
        int rc;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment val = arena.allocate(INT);
            MemorySegment len = arena.allocate(INT);
            len.set(INT, 0, 4);
            rc = (int) GETSOCKOPT.get().invokeExact(Libc.state(), fd, level, name, val, len);
            Libc.check("getsockopt", rc);
            return val.get(INT, 0);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** An int-valued {@code setsockopt}. */
    public static void setsockoptInt(int fd, int level, int name, int value) throws ErrnoException {
        int rc;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment val = arena.allocate(INT);
            val.set(INT, 0, value);
            rc = (int) SETSOCKOPT.get().invokeExact(Libc.state(), fd, level, name, val, 4);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("setsockopt", rc);
    }

    /** {@code setsockopt} with a struct value (ip_mreq, ipv6_mreq, in_addr...) given as its bytes. */
    public static void setsockopt(int fd, int level, int name, byte[] value) throws ErrnoException {
        int rc;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment val = arena.allocate(value.length, 8);
            MemorySegment.copy(value, 0, val, ValueLayout.JAVA_BYTE, 0, value.length);
            rc = (int) SETSOCKOPT.get().invokeExact(Libc.state(), fd, level, name, val, value.length);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("setsockopt", rc);
    }

    /** One resolved address: raw bytes (4 or 16) and its family. */
    public record Resolved(byte[] address, int family) {}

    /**
     * {@code getaddrinfo(host, NULL, {family, SOCK_STREAM, flags})}, in the resolver's order.
     * Throws with {@code errno} = the EAI_* code (negative glibc value) on failure.
     */
    public static List<Resolved> getaddrinfo(String host, int family, int flags) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            // struct addrinfo (x86_64/aarch64 glibc): flags, family, socktype, protocol, addrlen(+pad),
            // addr*, canonname*, next*  = 48 bytes.
            MemorySegment hints = arena.allocate(48, 8);
            hints.set(INT, 0, flags);
            hints.set(INT, 4, family);
            hints.set(INT, 8, SOCK_STREAM);
            MemorySegment res = arena.allocate(PTR);
            int rc = (int) GETADDRINFO.get().invokeExact(Libc.cstr(arena, host), MemorySegment.NULL, hints, res);
            if (rc != 0) throw new ErrnoException("getaddrinfo", rc);
            MemorySegment head = res.get(PTR, 0);
            List<Resolved> out = new ArrayList<>();
            try {
                for (MemorySegment ai = head.reinterpret(48); !ai.equals(MemorySegment.NULL);) {
                    int fam = ai.get(INT, 4);
                    MemorySegment sa = ai.get(PTR, 24).reinterpret(28);
                    if (fam == AF_INET) {
                        out.add(new Resolved(sa.asSlice(4, 4).toArray(ValueLayout.JAVA_BYTE), fam));
                    } else if (fam == AF_INET6) {
                        out.add(new Resolved(sa.asSlice(8, 16).toArray(ValueLayout.JAVA_BYTE), fam));
                    }
                    MemorySegment next = ai.get(PTR, 40);
                    ai = next.equals(MemorySegment.NULL) ? MemorySegment.NULL : next.reinterpret(48);
                }
            } finally {
                FREEADDRINFO.get().invokeExact(head);
            }
            return out;
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /**
     * {@code getnameinfo(address:port, NI_NAMEREQD)}: {host, service}. Throws with {@code errno} =
     * the EAI_* code (negative glibc value) on failure; EAI_NONAME for text that is no address.
     */
    public static String[] getnameinfo(String address, int port) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            boolean v6 = address.indexOf(':') >= 0;
            // sockaddr_in: family, port (big-endian), addr at 4; sockaddr_in6: addr at 8, 28 bytes.
            MemorySegment sa = arena.allocate(28, 8);
            sa.set(ValueLayout.JAVA_SHORT, 0, (short) (v6 ? AF_INET6 : AF_INET));
            sa.set(ValueLayout.JAVA_BYTE, 2, (byte) (port >> 8));
            sa.set(ValueLayout.JAVA_BYTE, 3, (byte) port);
            int ok = (int) INET_PTON.get().invokeExact(v6 ? AF_INET6 : AF_INET, Libc.cstr(arena, address),
                                                 sa.asSlice(v6 ? 8 : 4));
            if (ok != 1) throw new ErrnoException("getnameinfo", -2);
            MemorySegment host = arena.allocate(1025);
            MemorySegment serv = arena.allocate(32);
            int rc = (int) GETNAMEINFO.get().invokeExact(sa, v6 ? 28 : 16, host, 1025, serv, 32, NI_NAMEREQD);
            if (rc != 0) throw new ErrnoException("getnameinfo", rc);
            return new String[] {host.getString(0), serv.getString(0)};
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** {@code inet_ntop}: the text form of a 4- or 16-byte address ("::ffff:127.0.0.1", "::1"). */
    public static String ntop(byte[] address) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment src = arena.allocateFrom(ValueLayout.JAVA_BYTE, address);
            MemorySegment dst = arena.allocate(64);
            int af = address.length == 4 ? AF_INET : AF_INET6;
            MemorySegment r = (MemorySegment) INET_NTOP.get().invokeExact(af, src, dst, 64);
            return r.equals(MemorySegment.NULL) ? null : dst.getString(0);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }
}
