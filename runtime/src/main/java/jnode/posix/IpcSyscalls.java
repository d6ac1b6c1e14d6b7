package jnode.posix;

import static jnode.posix.Libc.INT;
import static jnode.posix.Libc.LONG;
import static jnode.posix.Libc.PTR;
import static jnode.posix.Libc.SIZE_T;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;

/**
 * The fd plumbing of child processes and their IPC channels: socketpair, pipe2, dup2, fcntl, shutdown,
 * and sendmsg/recvmsg carrying fds with SCM_RIGHTS (x86_64 struct layouts).
 */
public final class IpcSyscalls {
    private IpcSyscalls() {}

    private static final int AF_UNIX = 1;
    private static final int SOCK_STREAM = 1;
    private static final int SOCK_CLOEXEC = 0x80000;
    private static final int O_CLOEXEC = 0x80000;
    private static final int F_GETFL = 3;
    private static final int F_SETFL = 4;
    private static final int O_NONBLOCK = 0x800;
    private static final int SOL_SOCKET = 1;
    private static final int SCM_RIGHTS = 1;
    private static final int MSG_NOSIGNAL = 0x4000;
    private static final int MSG_CMSG_CLOEXEC = 0x40000000;
    public static final int SHUT_WR = 1;
    public static final int SHUT_RDWR = 2;
    /** Room for this many fds in one received message. */
    private static final int MAX_FDS = 16;
    private static final long CMSG_HDR = 16;

    private static final Downcall SOCKETPAIR =
        Libc.errnoCall("socketpair", FunctionDescriptor.of(INT, INT, INT, INT, PTR));
    private static final Downcall PIPE2 = Libc.errnoCall("pipe2", FunctionDescriptor.of(INT, PTR, INT));
    private static final Downcall FCNTL =
        Libc.variadicErrnoCall("fcntl", FunctionDescriptor.of(INT, INT, INT, INT), 2);
    private static final Downcall IOCTL_PTR = Libc.errnoCall("ioctl", FunctionDescriptor.of(INT, INT, LONG, PTR));
    private static final long SIOCOUTQ = 0x5411;
    private static final Downcall DUP2 = Libc.errnoCall("dup2", FunctionDescriptor.of(INT, INT, INT));
    private static final Downcall SHUTDOWN = Libc.errnoCall("shutdown", FunctionDescriptor.of(INT, INT, INT));
    private static final Downcall SENDMSG = Libc.errnoCall("sendmsg", FunctionDescriptor.of(SIZE_T, INT, PTR, INT));
    private static final Downcall RECVMSG = Libc.errnoCall("recvmsg", FunctionDescriptor.of(SIZE_T, INT, PTR, INT));

    /** {@code socketpair(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC)}: both ends close on exec. */
    public static int[] socketpair() throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment sv = arena.allocate(INT, 2);
            int rc = (int) SOCKETPAIR.get().invokeExact(Libc.state(), AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv);
            Libc.check("socketpair", rc);
            return new int[] {sv.getAtIndex(INT, 0), sv.getAtIndex(INT, 1)};
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** {@code pipe2(O_CLOEXEC)}: [read end, write end]. */
    public static int[] pipe() throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = arena.allocate(INT, 2);
            Libc.check("pipe2", (int) PIPE2.get().invokeExact(Libc.state(), p, O_CLOEXEC));
            return new int[] {p.getAtIndex(INT, 0), p.getAtIndex(INT, 1)};
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** Sets or clears O_NONBLOCK. */
    public static void setNonBlocking(int fd, boolean on) throws ErrnoException {
        try {
            int flags = Libc.check("fcntl", (int) FCNTL.get().invokeExact(Libc.state(), fd, F_GETFL, 0));
            int next = on ? flags | O_NONBLOCK : flags & ~O_NONBLOCK;
            if (next != flags) Libc.check("fcntl", (int) FCNTL.get().invokeExact(Libc.state(), fd, F_SETFL, next));
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** {@code int dup2(int oldfd, int newfd)}: newfd comes without close-on-exec. */
    public static void dup2(int oldfd, int newfd) throws ErrnoException {
        try {
            Libc.check("dup2", (int) DUP2.get().invokeExact(Libc.state(), oldfd, newfd));
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** {@code ioctl(fd, SIOCOUTQ, &n)}: bytes this socket has sent that its peer has not read yet. */
    public static int siocoutq(int fd) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment n = arena.allocate(INT);
            Libc.check("ioctl", (int) IOCTL_PTR.get().invokeExact(Libc.state(), fd, SIOCOUTQ, n));
            return n.get(INT, 0);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    public static void shutdown(int fd, int how) throws ErrnoException {
        try {
            Libc.check("shutdown", (int) SHUTDOWN.get().invokeExact(Libc.state(), fd, how));
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** Sends {@code len} bytes of {@code buf}, with {@code fds} (may be empty) as SCM_RIGHTS. */
    public static long sendmsg(int fd, MemorySegment buf, long len, int[] fds) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment iov = arena.allocate(16, 8);
            iov.set(PTR, 0, buf);
            iov.set(LONG, 8, len);
            MemorySegment msg = arena.allocate(56, 8);
            msg.set(PTR, 16, iov);
            msg.set(LONG, 24, 1L);
            if (fds != null && fds.length > 0) {
                long space = CMSG_HDR + align8(4L * fds.length);
                MemorySegment ctl = arena.allocate(space, 8);
                ctl.set(LONG, 0, CMSG_HDR + 4L * fds.length);
                ctl.set(INT, 8, SOL_SOCKET);
                ctl.set(INT, 12, SCM_RIGHTS);
                for (int i = 0; i < fds.length; i++) ctl.set(INT, CMSG_HDR + 4L * i, fds[i]);
                msg.set(PTR, 32, ctl);
                msg.set(LONG, 40, space);
            }
            long rc = (long) SENDMSG.get().invokeExact(Libc.state(), fd, msg, MSG_NOSIGNAL);
            return Libc.check("sendmsg", rc);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** What one recvmsg got: a byte count (0 at EOF) and the fds that came with it. */
    public record Received(long bytes, int[] fds) {}

    /** Receives into {@code buf}; fds arrive close-on-exec. */
    public static Received recvmsg(int fd, MemorySegment buf, long len) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment iov = arena.allocate(16, 8);
            iov.set(PTR, 0, buf);
            iov.set(LONG, 8, len);
            long space = CMSG_HDR + 4L * MAX_FDS;
            MemorySegment ctl = arena.allocate(space, 8);
            MemorySegment msg = arena.allocate(56, 8);
            msg.set(PTR, 16, iov);
            msg.set(LONG, 24, 1L);
            msg.set(PTR, 32, ctl);
            msg.set(LONG, 40, space);
            long rc = (long) RECVMSG.get().invokeExact(Libc.state(), fd, msg, MSG_CMSG_CLOEXEC);
            Libc.check("recvmsg", rc);
            long ctlLen = msg.get(LONG, 40);
            int[] fds = new int[0];
            long off = 0;
            while (off + CMSG_HDR <= ctlLen) {
                long cmsgLen = ctl.get(LONG, off);
                if (cmsgLen < CMSG_HDR) break;
                if (ctl.get(INT, off + 8) == SOL_SOCKET && ctl.get(INT, off + 12) == SCM_RIGHTS) {
                    int n = (int) ((cmsgLen - CMSG_HDR) / 4);
                    int[] more = new int[fds.length + n];
                    System.arraycopy(fds, 0, more, 0, fds.length);
                    for (int i = 0; i < n; i++) more[fds.length + i] = ctl.get(INT, off + CMSG_HDR + 4L * i);
                    fds = more;
                }
                off += CMSG_HDR + align8(cmsgLen - CMSG_HDR);
            }
            return new Received(rc, fds);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    private static long align8(long n) {
        return (n + 7) & ~7L;
    }
}
