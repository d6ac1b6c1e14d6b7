package jnode.posix;

import static jnode.posix.Libc.INT;
import static jnode.posix.Libc.LONG;
import static jnode.posix.Libc.PTR;
import static jnode.posix.Libc.SIZE_T;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;

/** Syscalls that name a file by path. Each method is the syscall of its name; failures throw {@link ErrnoException}. */
public final class PathSyscalls {
    private PathSyscalls() {}

    private static final Downcall STAT = Libc.errnoCall("stat", FunctionDescriptor.of(INT, PTR, PTR));
    private static final Downcall LSTAT = Libc.errnoCall("lstat", FunctionDescriptor.of(INT, PTR, PTR));
    private static final Downcall MKDIR = Libc.errnoCall("mkdir", FunctionDescriptor.of(INT, PTR, INT));
    private static final Downcall RMDIR = Libc.errnoCall("rmdir", FunctionDescriptor.of(INT, PTR));
    private static final Downcall UNLINK = Libc.errnoCall("unlink", FunctionDescriptor.of(INT, PTR));
    private static final Downcall RENAME = Libc.errnoCall("rename", FunctionDescriptor.of(INT, PTR, PTR));
    private static final Downcall LINK = Libc.errnoCall("link", FunctionDescriptor.of(INT, PTR, PTR));
    private static final Downcall SYMLINK = Libc.errnoCall("symlink", FunctionDescriptor.of(INT, PTR, PTR));
    private static final Downcall READLINK =
        Libc.errnoCall("readlink", FunctionDescriptor.of(SIZE_T, PTR, PTR, SIZE_T));
    private static final Downcall REALPATH = Libc.errnoCall("realpath", FunctionDescriptor.of(PTR, PTR, PTR));
    private static final Downcall CHMOD = Libc.errnoCall("chmod", FunctionDescriptor.of(INT, PTR, INT));
    private static final Downcall CHOWN = Libc.errnoCall("chown", FunctionDescriptor.of(INT, PTR, INT, INT));
    private static final Downcall LCHOWN = Libc.errnoCall("lchown", FunctionDescriptor.of(INT, PTR, INT, INT));
    private static final Downcall UTIMENSAT =
        Libc.errnoCall("utimensat", FunctionDescriptor.of(INT, INT, PTR, PTR, INT));
    private static final Downcall TRUNCATE = Libc.errnoCall("truncate", FunctionDescriptor.of(INT, PTR, LONG));
    private static final Downcall ACCESS = Libc.errnoCall("access", FunctionDescriptor.of(INT, PTR, INT));
    private static final Downcall MKDTEMP = Libc.errnoCall("mkdtemp", FunctionDescriptor.of(PTR, PTR));
    private static final Downcall STATFS = Libc.errnoCall("statfs", FunctionDescriptor.of(INT, PTR, PTR));
    private static final Downcall GETCWD = Libc.errnoCall("getcwd", FunctionDescriptor.of(PTR, PTR, SIZE_T));

    /** {@code int stat(const char *path, struct stat *buf)}: fills {@code out} (144 bytes). */
    public static void stat(String path, MemorySegment out) throws ErrnoException {
        int rc;
        try {
            rc = (int) STAT.get().invokeExact(Libc.state(), Scratch.path(path, 0), out);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("stat", rc);
    }

    /** {@code int lstat(const char *path, struct stat *buf)}: fills {@code out} (144 bytes). */
    public static void lstat(String path, MemorySegment out) throws ErrnoException {
        int rc;
        try {
            rc = (int) LSTAT.get().invokeExact(Libc.state(), Scratch.path(path, 0), out);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("lstat", rc);
    }

    /** {@code int mkdir(const char *path, mode_t mode)} */
    public static void mkdir(String path, int mode) throws ErrnoException {
        int rc;
        try {
            rc = (int) MKDIR.get().invokeExact(Libc.state(), Scratch.path(path, 0), mode);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("mkdir", rc);
    }

    /** {@code int rmdir(const char *path)} */
    public static void rmdir(String path) throws ErrnoException {
        pathCall(RMDIR, "rmdir", path);
    }

    /** {@code int unlink(const char *path)} */
    public static void unlink(String path) throws ErrnoException {
        pathCall(UNLINK, "unlink", path);
    }

    /** {@code int rename(const char *oldpath, const char *newpath)} */
    public static void rename(String from, String to) throws ErrnoException {
        twoPathCall(RENAME, "rename", from, to);
    }

    /** {@code int link(const char *oldpath, const char *newpath)} */
    public static void link(String from, String to) throws ErrnoException {
        twoPathCall(LINK, "link", from, to);
    }

    /** {@code int symlink(const char *target, const char *linkpath)} */
    public static void symlink(String target, String linkpath) throws ErrnoException {
        twoPathCall(SYMLINK, "symlink", target, linkpath);
    }

    /** {@code ssize_t readlink(const char *path, char *buf, size_t bufsiz)}: the link's target. */
    public static String readlink(String path) throws ErrnoException {
        MemorySegment buf = Scratch.pathBuf();
        long rc;
        try {
            rc = (long) READLINK.get().invokeExact(Libc.state(), Scratch.path(path, 0), buf, (long) Scratch.PATH);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("readlink", rc);
        return Scratch.string(buf, (int) rc);
    }

    /** {@code char *realpath(const char *path, char *resolved_path)} with a PATH_MAX buffer. */
    public static String realpath(String path) throws ErrnoException {
        MemorySegment buf = Scratch.pathBuf();
        MemorySegment rc;
        try {
            rc = (MemorySegment) REALPATH.get().invokeExact(Libc.state(), Scratch.path(path, 0), buf);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        if (rc.address() == 0) throw new ErrnoException("realpath", Libc.errno());
        return Scratch.cstring(buf);
    }

    /** {@code int chmod(const char *path, mode_t mode)} */
    public static void chmod(String path, int mode) throws ErrnoException {
        int rc;
        try {
            rc = (int) CHMOD.get().invokeExact(Libc.state(), Scratch.path(path, 0), mode);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("chmod", rc);
    }

    /** {@code int chown(const char *path, uid_t owner, gid_t group)} */
    public static void chown(String path, int uid, int gid) throws ErrnoException {
        ownerCall(CHOWN, "chown", path, uid, gid);
    }

    /** {@code int lchown(const char *path, uid_t owner, gid_t group)} */
    public static void lchown(String path, int uid, int gid) throws ErrnoException {
        ownerCall(LCHOWN, "lchown", path, uid, gid);
    }

    /**
     * {@code int utimensat(int dirfd, const char *path, const struct timespec times[2], int flags)}
     * relative to the cwd; times in seconds with a fraction; {@code flags} AT_SYMLINK_NOFOLLOW for lutimes.
     */
    public static void utimensat(String path, double atime, double mtime, int flags, String syscall)
            throws ErrnoException {
        int rc;
        try {
            rc = (int) UTIMENSAT.get().invokeExact(Libc.state(), FileSyscalls.AT_FDCWD, Scratch.path(path, 0),
                FileSyscalls.timespecs(atime, mtime), flags);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check(syscall, rc);
    }

    /** {@code int truncate(const char *path, off_t length)} */
    public static void truncate(String path, long length) throws ErrnoException {
        int rc;
        try {
            rc = (int) TRUNCATE.get().invokeExact(Libc.state(), Scratch.path(path, 0), length);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("truncate", rc);
    }

    /** {@code int access(const char *path, int mode)} */
    public static void access(String path, int mode) throws ErrnoException {
        int rc;
        try {
            rc = (int) ACCESS.get().invokeExact(Libc.state(), Scratch.path(path, 0), mode);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("access", rc);
    }

    /** {@code char *mkdtemp(char *template)}: {@code prefix} + "XXXXXX" made unique; the new dir's path. */
    public static String mkdtemp(String prefix) throws ErrnoException {
        MemorySegment tmpl = Scratch.path(prefix + "XXXXXX", 0);
        MemorySegment rc;
        try {
            rc = (MemorySegment) MKDTEMP.get().invokeExact(Libc.state(), tmpl);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        if (rc.address() == 0) throw new ErrnoException("mkdtemp", Libc.errno());
        return Scratch.cstring(tmpl);
    }

    /**
     * {@code int statfs(const char *path, struct statfs *buf)}: f_type, f_bsize, f_blocks, f_bfree,
     * f_bavail, f_files, f_ffree (the first seven longs of x86_64's struct statfs).
     */
    public static long[] statfs(String path) throws ErrnoException {
        MemorySegment buf = Scratch.struct();
        int rc;
        try {
            rc = (int) STATFS.get().invokeExact(Libc.state(), Scratch.path(path, 0), buf);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("statfs", rc);
        long[] out = new long[7];
        for (int i = 0; i < 7; i++) out[i] = buf.get(java.lang.foreign.ValueLayout.JAVA_LONG, i * 8L);
        return out;
    }

    /** {@code char *getcwd(char *buf, size_t size)} */
    public static String getcwd() throws ErrnoException {
        MemorySegment buf = Scratch.pathBuf();
        MemorySegment rc;
        try {
            rc = (MemorySegment) GETCWD.get().invokeExact(Libc.state(), buf, (long) Scratch.PATH);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        if (rc.address() == 0) throw new ErrnoException("getcwd", Libc.errno());
        return Scratch.cstring(buf);
    }

    private static void pathCall(Downcall h, String syscall, String path) throws ErrnoException {
        int rc;
        try {
            rc = (int) h.get().invokeExact(Libc.state(), Scratch.path(path, 0));
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check(syscall, rc);
    }

    private static void twoPathCall(Downcall h, String syscall, String a, String b) throws ErrnoException {
        int rc;
        try {
            rc = (int) h.get().invokeExact(Libc.state(), Scratch.path(a, 0), Scratch.path(b, 1));
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check(syscall, rc);
    }

    private static void ownerCall(Downcall h, String syscall, String path, int uid, int gid)
            throws ErrnoException {
        int rc;
        try {
            rc = (int) h.get().invokeExact(Libc.state(), Scratch.path(path, 0), uid, gid);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check(syscall, rc);
    }
}
