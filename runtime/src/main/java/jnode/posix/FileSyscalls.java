package jnode.posix;

import static jnode.posix.Libc.INT;
import static jnode.posix.Libc.PTR;
import static jnode.posix.Libc.SIZE_T;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/** File-descriptor syscalls. Each method is the syscall of its name; failures throw {@link ErrnoException}. */
public final class FileSyscalls {
    private FileSyscalls() {}

    private static final MethodHandle OPEN =
        Libc.errnoCall("open", FunctionDescriptor.of(INT, PTR, INT, INT));
    private static final MethodHandle CLOSE = Libc.errnoCall("close", FunctionDescriptor.of(INT, INT));
    private static final MethodHandle READ =
        Libc.errnoCall("read", FunctionDescriptor.of(SIZE_T, INT, PTR, SIZE_T));
    private static final MethodHandle WRITE =
        Libc.errnoCall("write", FunctionDescriptor.of(SIZE_T, INT, PTR, SIZE_T));
    private static final MethodHandle ISATTY = Libc.call("isatty", FunctionDescriptor.of(INT, INT));

    /** {@code int open(const char *path, int flags, mode_t mode)} */
    public static int open(String path, int flags, int mode) throws ErrnoException {
        int rc;
        try (Arena arena = Arena.ofConfined()) {
            rc = (int) OPEN.invokeExact(Libc.state(), Libc.cstr(arena, path), flags, mode);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        return Libc.check("open", rc);
    }

    /** {@code int close(int fd)} */
    public static void close(int fd) throws ErrnoException {
        int rc;
        try {
            rc = (int) CLOSE.invokeExact(Libc.state(), fd);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("close", rc);
    }

    /** {@code ssize_t read(int fd, void *buf, size_t count)} */
    public static long read(int fd, MemorySegment buf, long count) throws ErrnoException {
        long rc;
        try {
            rc = (long) READ.invokeExact(Libc.state(), fd, buf, count);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        return Libc.check("read", rc);
    }

    /** {@code ssize_t write(int fd, const void *buf, size_t count)} */
    public static long write(int fd, MemorySegment buf, long count) throws ErrnoException {
        long rc;
        try {
            rc = (long) WRITE.invokeExact(Libc.state(), fd, buf, count);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        return Libc.check("write", rc);
    }

    /** {@code int isatty(int fd)} */
    public static boolean isatty(int fd) {
        try {
            return (int) ISATTY.invokeExact(fd) == 1;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }
}
