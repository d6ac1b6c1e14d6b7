package jnode.posix;

import static jnode.posix.Libc.INT;
import static jnode.posix.Libc.LONG;
import static jnode.posix.Libc.PTR;
import static jnode.posix.Libc.SIZE_T;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * File-descriptor syscalls. Each method is the syscall of its name; failures throw
 * {@link ErrnoException}. Path-taking calls are in {@link PathSyscalls}, directory streams in
 * {@link DirSyscalls}.
 */
public final class FileSyscalls {
    private FileSyscalls() {}

    /** {@code struct stat} on x86_64 glibc. */
    public static final int STAT_SIZE = 144;
    /** {@code struct statx}. */
    public static final int STATX_SIZE = 256;
    public static final int AT_FDCWD = -100;
    public static final int AT_SYMLINK_NOFOLLOW = 0x100;
    public static final int AT_EMPTY_PATH = 0x1000;
    /** STATX_BASIC_STATS | STATX_BTIME. */
    public static final int STATX_ALL = 0xfff;

    private static final Downcall OPEN = Libc.errnoCall("open", FunctionDescriptor.of(INT, PTR, INT, INT));
    private static final Downcall CLOSE = Libc.errnoCall("close", FunctionDescriptor.of(INT, INT));
    private static final Downcall READ = Libc.errnoCall("read", FunctionDescriptor.of(SIZE_T, INT, PTR, SIZE_T));
    private static final Downcall WRITE = Libc.errnoCall("write", FunctionDescriptor.of(SIZE_T, INT, PTR, SIZE_T));
    private static final Downcall PREAD =
        Libc.errnoCall("pread", FunctionDescriptor.of(SIZE_T, INT, PTR, SIZE_T, LONG));
    private static final Downcall PWRITE =
        Libc.errnoCall("pwrite", FunctionDescriptor.of(SIZE_T, INT, PTR, SIZE_T, LONG));
    private static final Downcall LSEEK = Libc.errnoCall("lseek", FunctionDescriptor.of(LONG, INT, LONG, INT));
    private static final Downcall FSTAT = Libc.errnoCall("fstat", FunctionDescriptor.of(INT, INT, PTR));
    private static final Downcall STATX =
        Libc.errnoCall("statx", FunctionDescriptor.of(INT, INT, PTR, INT, INT, PTR));
    private static final Downcall FCHMOD = Libc.errnoCall("fchmod", FunctionDescriptor.of(INT, INT, INT));
    private static final Downcall FCHOWN = Libc.errnoCall("fchown", FunctionDescriptor.of(INT, INT, INT, INT));
    private static final Downcall FUTIMENS = Libc.errnoCall("futimens", FunctionDescriptor.of(INT, INT, PTR));
    private static final Downcall FTRUNCATE = Libc.errnoCall("ftruncate", FunctionDescriptor.of(INT, INT, LONG));
    private static final Downcall FSYNC = Libc.errnoCall("fsync", FunctionDescriptor.of(INT, INT));
    private static final Downcall FDATASYNC = Libc.errnoCall("fdatasync", FunctionDescriptor.of(INT, INT));
    private static final Downcall COPY_FILE_RANGE =
        Libc.errnoCall("copy_file_range", FunctionDescriptor.of(SIZE_T, INT, PTR, INT, PTR, SIZE_T, INT));
    private static final Downcall SENDFILE =
        Libc.errnoCall("sendfile", FunctionDescriptor.of(SIZE_T, INT, INT, PTR, SIZE_T));
    private static final Downcall IOCTL = Libc.errnoCall("ioctl", FunctionDescriptor.of(INT, INT, LONG, INT));
    private static final Downcall ISATTY = Libc.call("isatty", FunctionDescriptor.of(INT, INT));

    /** {@code int open(const char *path, int flags, mode_t mode)} */
    public static int open(String path, int flags, int mode) throws ErrnoException {
        int rc;
        try {
            rc = (int) OPEN.get().invokeExact(Libc.state(), Scratch.path(path, 0), flags, mode);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        return Libc.check("open", rc);
    }

    /** {@code int close(int fd)} */
    public static void close(int fd) throws ErrnoException {
        int rc;
        try {
            rc = (int) CLOSE.get().invokeExact(Libc.state(), fd);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("close", rc);
    }

    /** {@code ssize_t read(int fd, void *buf, size_t count)} */
    public static long read(int fd, MemorySegment buf, long count) throws ErrnoException {
        long rc;
        try {
            rc = (long) READ.get().invokeExact(Libc.state(), fd, buf, count);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        return Libc.check("read", rc);
    }

    /** {@code ssize_t write(int fd, const void *buf, size_t count)} */
    public static long write(int fd, MemorySegment buf, long count) throws ErrnoException {
        long rc;
        try {
            rc = (long) WRITE.get().invokeExact(Libc.state(), fd, buf, count);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        return Libc.check("write", rc);
    }

    /** {@code ssize_t pread(int fd, void *buf, size_t count, off_t offset)} */
    public static long pread(int fd, MemorySegment buf, long count, long offset) throws ErrnoException {
        long rc;
        try {
            rc = (long) PREAD.get().invokeExact(Libc.state(), fd, buf, count, offset);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        return Libc.check("read", rc);
    }

    /** {@code ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)} */
    public static long pwrite(int fd, MemorySegment buf, long count, long offset) throws ErrnoException {
        long rc;
        try {
            rc = (long) PWRITE.get().invokeExact(Libc.state(), fd, buf, count, offset);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        return Libc.check("write", rc);
    }

    /** {@code off_t lseek(int fd, off_t offset, int whence)} */
    public static long lseek(int fd, long offset, int whence) throws ErrnoException {
        long rc;
        try {
            rc = (long) LSEEK.get().invokeExact(Libc.state(), fd, offset, whence);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        return Libc.check("lseek", rc);
    }

    /** {@code int fstat(int fd, struct stat *buf)}: fills {@code out} ({@value #STAT_SIZE} bytes). */
    public static void fstat(int fd, MemorySegment out) throws ErrnoException {
        int rc;
        try {
            rc = (int) FSTAT.get().invokeExact(Libc.state(), fd, out);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("fstat", rc);
    }

    /**
     * {@code int statx(int dirfd, const char *path, int flags, unsigned int mask, struct statx *buf)}:
     * fills {@code out} ({@value #STATX_SIZE} bytes). An fd's stat is {@code statx(fd, "", AT_EMPTY_PATH)}.
     */
    public static void statx(int dirfd, String path, int flags, int mask, MemorySegment out, String syscall)
            throws ErrnoException {
        int rc;
        try {
            rc = (int) STATX.get().invokeExact(Libc.state(), dirfd, Scratch.path(path, 0), flags, mask, out);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check(syscall, rc);
    }

    /** {@code int fchmod(int fd, mode_t mode)} */
    public static void fchmod(int fd, int mode) throws ErrnoException {
        int rc;
        try {
            rc = (int) FCHMOD.get().invokeExact(Libc.state(), fd, mode);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("fchmod", rc);
    }

    /** {@code int fchown(int fd, uid_t owner, gid_t group)} */
    public static void fchown(int fd, int uid, int gid) throws ErrnoException {
        int rc;
        try {
            rc = (int) FCHOWN.get().invokeExact(Libc.state(), fd, uid, gid);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("fchown", rc);
    }

    /** {@code int futimens(int fd, const struct timespec times[2])}: times in seconds (fractional). */
    public static void futimens(int fd, double atime, double mtime) throws ErrnoException {
        int rc;
        try {
            rc = (int) FUTIMENS.get().invokeExact(Libc.state(), fd, timespecs(atime, mtime));
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("futime", rc);
    }

    /** Two {@code struct timespec} in scratch memory, from seconds with a fraction. */
    static MemorySegment timespecs(double atime, double mtime) {
        MemorySegment ts = Scratch.struct();
        setTimespec(ts, 0, atime);
        setTimespec(ts, 16, mtime);
        return ts;
    }

    /** libuv's uv__fs_to_timespec: truncated, and to microseconds like libuv. */
    private static void setTimespec(MemorySegment ts, long at, double seconds) {
        long sec = (long) seconds;
        long nsec = (long) ((seconds - sec) * 1e9);
        nsec -= nsec % 1000;
        if (nsec < 0) {
            nsec += 1_000_000_000L;
            sec--;
        }
        ts.set(ValueLayout.JAVA_LONG, at, sec);
        ts.set(ValueLayout.JAVA_LONG, at + 8, nsec);
    }

    /** {@code int ftruncate(int fd, off_t length)} */
    public static void ftruncate(int fd, long length) throws ErrnoException {
        int rc;
        try {
            rc = (int) FTRUNCATE.get().invokeExact(Libc.state(), fd, length);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("ftruncate", rc);
    }

    /** {@code int fsync(int fd)} */
    public static void fsync(int fd) throws ErrnoException {
        int rc;
        try {
            rc = (int) FSYNC.get().invokeExact(Libc.state(), fd);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("fsync", rc);
    }

    /** {@code int fdatasync(int fd)} */
    public static void fdatasync(int fd) throws ErrnoException {
        int rc;
        try {
            rc = (int) FDATASYNC.get().invokeExact(Libc.state(), fd);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("fdatasync", rc);
    }

    /**
     * {@code ssize_t copy_file_range(int fd_in, off_t *off_in, int fd_out, off_t *off_out, size_t len,
     * unsigned int flags)} with both offsets NULL (the fds' own positions advance).
     */
    public static long copy_file_range(int in, int out, long len) throws ErrnoException {
        long rc;
        try {
            rc = (long) COPY_FILE_RANGE.get().invokeExact(Libc.state(), in, MemorySegment.NULL, out,
                MemorySegment.NULL, len, 0);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        return Libc.check("copy_file_range", rc);
    }

    /** {@code ssize_t sendfile(int out_fd, int in_fd, off_t *offset, size_t count)}, offset NULL. */
    public static long sendfile(int out, int in, long count) throws ErrnoException {
        long rc;
        try {
            rc = (long) SENDFILE.get().invokeExact(Libc.state(), out, in, MemorySegment.NULL, count);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        return Libc.check("sendfile", rc);
    }

    /** {@code int ioctl(int fd, unsigned long request, int arg)}: FICLONE and other int-argument requests. */
    public static int ioctl(int fd, long request, int arg) throws ErrnoException {
        int rc;
        try {
            rc = (int) IOCTL.get().invokeExact(Libc.state(), fd, request, arg);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        return Libc.check("ioctl", rc);
    }

    /** {@code int isatty(int fd)} */
    public static boolean isatty(int fd) {
        try {
            return (int) ISATTY.get().invokeExact(fd) == 1;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }
}
