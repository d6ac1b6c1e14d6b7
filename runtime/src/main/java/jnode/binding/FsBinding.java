package jnode.binding;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import jnode.posix.DirSyscalls;
import jnode.posix.ErrnoException;
import jnode.posix.FileSyscalls;
import jnode.posix.PathSyscalls;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * File-system calls (Node's {@code fs} binding). Relative paths resolve against the realm's cwd.
 *
 * <p>Every operation takes a trailing callback: null/undefined runs it now and returns its result,
 * a function runs it on the fs pool and calls back with that result. A result is a number, a
 * string or a direct ByteBuffer; a failure is {@code -errno}. Stat results go to the shared
 * {@link #statValues} buffer when synchronous, to a fresh buffer when not.
 */
public final class FsBinding implements AutoCloseable {
    private final Realm realm;
    private final FsAsync async;
    private final ByteBuffer statValues = StatBuffer.allocate();
    private final Map<Integer, MemorySegment> dirs = new ConcurrentHashMap<>();
    private final Map<Integer, String> dirPaths = new ConcurrentHashMap<>();
    private final AtomicInteger nextDir = new AtomicInteger(1);
    /** Where synchronous reads land; JS copies out of it. */
    private ByteBuffer scratch = ByteBuffer.allocateDirect(64 * 1024);

    FsBinding(Realm realm) {
        this.realm = realm;
        this.async = new FsAsync(realm);
    }

    private interface StatCall {
        void run(MemorySegment sx) throws ErrnoException;
    }

    private Object run(Value cb, FsAsync.Op op) {
        if (cb == null || cb.isNull()) return FsAsync.call(op);
        async.submit(op, cb);
        return null;
    }

    /** {@code path} against the realm's cwd, keeping a trailing slash (it matters to the kernel). */
    private String p(String path) {
        if (path.isEmpty() || path.charAt(0) == '/') return path;
        String cwd = realm.cwd().toString();
        return cwd.endsWith("/") ? cwd + path : cwd + "/" + path;
    }

    // --- the module loader's calls ---------------------------------------------------------

    /** The module loader's stat: 0 file, 1 directory, -errno otherwise. */
    @HostAccess.Export
    public int internalModuleStat(String path) {
        try {
            MemorySegment sx = FsOps.statx();
            FileSyscalls.statx(FileSyscalls.AT_FDCWD, p(path), 0, FileSyscalls.STATX_ALL, sx, "stat");
            return (StatBuffer.mode(sx) & FsOps.S_IFMT) == FsOps.S_IFDIR ? 1 : 0;
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** The whole file as UTF-8 (invalid bytes become U+FFFD), or -errno. */
    @HostAccess.Export
    public Object readFileUtf8(String path) {
        return FsAsync.call(() -> {
            int fd = FileSyscalls.open(p(path), FsOps.O_RDONLY | FsOps.O_CLOEXEC, 0);
            try {
                return FsOps.readAll(fd, true);
            } finally {
                FsOps.closeQuietly(fd);
            }
        });
    }

    /** The canonical path, or -errno. */
    @HostAccess.Export
    public Object realpath(String path) {
        return FsAsync.call(() -> PathSyscalls.realpath(p(path)));
    }

    // --- fds -----------------------------------------------------------------------------------

    @HostAccess.Export
    public Object open(String path, int flags, int mode, Value cb) {
        String p = p(path);
        return run(cb, () -> FileSyscalls.open(p, flags | FsOps.O_CLOEXEC, mode));
    }

    @HostAccess.Export
    public Object close(int fd, Value cb) {
        return run(cb, () -> {
            FileSyscalls.close(fd);
            return 0;
        });
    }

    /** The shared buffer synchronous reads fill, at least {@code min} bytes (JS wraps it once per growth). */
    @HostAccess.Export
    public Object scratch(double min) {
        if (scratch.capacity() < min) scratch = ByteBuffer.allocateDirect((int) Math.min(FsOps.IO_MAX, min));
        return scratch;
    }

    /** A synchronous read into the scratch buffer: the count read, or -errno. */
    @HostAccess.Export
    public Object read(int fd, double length, double position) {
        int len = (int) Math.min(length, scratch.capacity());
        return FsAsync.call(() -> FsOps.read(fd, MemorySegment.ofBuffer(scratch), len, (long) position));
    }

    /** An asynchronous read: calls back with a ByteBuffer of the bytes read, or -errno. */
    @HostAccess.Export
    public void readAsync(int fd, double length, double position, Value cb) {
        async.submit(() -> FsOps.readNew(fd, (long) length, (long) position), cb);
    }

    /** Reads the rest of the file: a ByteBuffer, or a String when {@code utf8}. */
    @HostAccess.Export
    public Object readAll(int fd, boolean utf8, Value cb) {
        return run(cb, () -> FsOps.readAll(fd, utf8));
    }

    /** One write of {@code length} bytes of an ArrayBuffer from {@code offset}; the count written. */
    @HostAccess.Export
    public Object write(int fd, Value arrayBuffer, int offset, int length, double position, Value cb) {
        byte[] bytes = new byte[length];
        if (length > 0) arrayBuffer.readBuffer(offset, bytes, 0, length);
        return run(cb, () -> FsOps.write(fd, bytes, (long) position));
    }

    /**
     * One write of {@code length} bytes of a direct buffer (one this binding handed to JS) from
     * {@code offset}, straight from its memory; the count written.
     */
    @HostAccess.Export
    public Object writeBuffer(int fd, ByteBuffer buffer, int offset, int length, double position, Value cb) {
        MemorySegment bytes = MemorySegment.ofBuffer(buffer).asSlice(offset, length);
        return run(cb, () -> FsOps.write(fd, bytes, length, (long) position));
    }

    /** Writes all of a string as UTF-8; the count written. */
    @HostAccess.Export
    public Object writeString(int fd, String s, double position, Value cb) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        return run(cb, () -> FsOps.writeAll(fd, bytes, (long) position));
    }

    @HostAccess.Export
    public Object ftruncate(int fd, double length, Value cb) {
        return run(cb, () -> {
            FileSyscalls.ftruncate(fd, (long) length);
            return 0;
        });
    }

    @HostAccess.Export
    public Object fsync(int fd, Value cb) {
        return run(cb, () -> {
            FileSyscalls.fsync(fd);
            return 0;
        });
    }

    @HostAccess.Export
    public Object fdatasync(int fd, Value cb) {
        return run(cb, () -> {
            FileSyscalls.fdatasync(fd);
            return 0;
        });
    }

    @HostAccess.Export
    public Object fchmod(int fd, int mode, Value cb) {
        return run(cb, () -> {
            FileSyscalls.fchmod(fd, mode);
            return 0;
        });
    }

    @HostAccess.Export
    public Object fchown(int fd, int uid, int gid, Value cb) {
        return run(cb, () -> {
            FileSyscalls.fchown(fd, uid, gid);
            return 0;
        });
    }

    @HostAccess.Export
    public Object futimes(int fd, double atime, double mtime, Value cb) {
        return run(cb, () -> {
            FileSyscalls.futimens(fd, atime, mtime);
            return 0;
        });
    }

    // --- stat -------------------------------------------------------------------------------

    /** The buffer synchronous stats fill: 18 doubles, or 18 longs for bigint. */
    @HostAccess.Export
    public Object statValues() {
        return statValues;
    }

    private Object stat(Value cb, boolean bigint, StatCall call) {
        if (cb == null || cb.isNull()) {
            return FsAsync.call(() -> {
                MemorySegment sx = FsOps.statx();
                call.run(sx);
                StatBuffer.fromStatx(sx, statValues, bigint);
                return 0;
            });
        }
        async.submit(() -> {
            MemorySegment sx = FsOps.statx();
            call.run(sx);
            return FsOps.newStat(sx, bigint);
        }, cb);
        return null;
    }

    @HostAccess.Export
    public Object stat(String path, boolean bigint, Value cb) {
        String p = p(path);
        return stat(cb, bigint, sx -> FileSyscalls.statx(FileSyscalls.AT_FDCWD, p, 0, FileSyscalls.STATX_ALL, sx, "stat"));
    }

    @HostAccess.Export
    public Object lstat(String path, boolean bigint, Value cb) {
        String p = p(path);
        return stat(cb, bigint, sx -> FileSyscalls.statx(FileSyscalls.AT_FDCWD, p,
            FileSyscalls.AT_SYMLINK_NOFOLLOW, FileSyscalls.STATX_ALL, sx, "lstat"));
    }

    @HostAccess.Export
    public Object fstat(int fd, boolean bigint, Value cb) {
        return stat(cb, bigint, sx -> FileSyscalls.statx(fd, "", FileSyscalls.AT_EMPTY_PATH,
            FileSyscalls.STATX_ALL, sx, "fstat"));
    }

    // --- paths ------------------------------------------------------------------------------

    @HostAccess.Export
    public Object access(String path, int mode, Value cb) {
        String p = p(path);
        return run(cb, () -> {
            PathSyscalls.access(p, mode);
            return 0;
        });
    }

    @HostAccess.Export
    public Object mkdir(String path, int mode, Value cb) {
        String p = p(path);
        return run(cb, () -> {
            PathSyscalls.mkdir(p, mode);
            return 0;
        });
    }

    @HostAccess.Export
    public Object mkdtemp(String prefix, Value cb) {
        String p = p(prefix);
        String cut = p.substring(0, p.length() - prefix.length());
        // The result keeps the caller's relative prefix, as node's does.
        return run(cb, () -> PathSyscalls.mkdtemp(p).substring(cut.length()));
    }

    @HostAccess.Export
    public Object rmdir(String path, Value cb) {
        String p = p(path);
        return run(cb, () -> {
            PathSyscalls.rmdir(p);
            return 0;
        });
    }

    @HostAccess.Export
    public Object unlink(String path, Value cb) {
        String p = p(path);
        return run(cb, () -> {
            PathSyscalls.unlink(p);
            return 0;
        });
    }

    @HostAccess.Export
    public Object rename(String from, String to, Value cb) {
        String a = p(from);
        String b = p(to);
        return run(cb, () -> {
            PathSyscalls.rename(a, b);
            return 0;
        });
    }

    @HostAccess.Export
    public Object link(String from, String to, Value cb) {
        String a = p(from);
        String b = p(to);
        return run(cb, () -> {
            PathSyscalls.link(a, b);
            return 0;
        });
    }

    /** The target is stored as given (relative targets are relative to the link). */
    @HostAccess.Export
    public Object symlink(String target, String path, Value cb) {
        String b = p(path);
        return run(cb, () -> {
            PathSyscalls.symlink(target, b);
            return 0;
        });
    }

    @HostAccess.Export
    public Object readlink(String path, Value cb) {
        String p = p(path);
        return run(cb, () -> PathSyscalls.readlink(p));
    }

    @HostAccess.Export
    public Object realpathNative(String path, Value cb) {
        String p = p(path);
        return run(cb, () -> PathSyscalls.realpath(p));
    }

    @HostAccess.Export
    public Object chmod(String path, int mode, Value cb) {
        String p = p(path);
        return run(cb, () -> {
            PathSyscalls.chmod(p, mode);
            return 0;
        });
    }

    @HostAccess.Export
    public Object chown(String path, int uid, int gid, boolean noFollow, Value cb) {
        String p = p(path);
        return run(cb, () -> {
            if (noFollow) PathSyscalls.lchown(p, uid, gid);
            else PathSyscalls.chown(p, uid, gid);
            return 0;
        });
    }

    @HostAccess.Export
    public Object utimes(String path, double atime, double mtime, boolean noFollow, Value cb) {
        String p = p(path);
        return run(cb, () -> {
            PathSyscalls.utimensat(p, atime, mtime, noFollow ? FileSyscalls.AT_SYMLINK_NOFOLLOW : 0,
                noFollow ? "lutime" : "utime");
            return 0;
        });
    }

    /** [type, bsize, blocks, bfree, bavail, files, ffree] as doubles. */
    @HostAccess.Export
    public Object statfs(String path, Value cb) {
        String p = p(path);
        return run(cb, () -> {
            long[] v = PathSyscalls.statfs(p);
            double[] d = new double[v.length];
            for (int i = 0; i < v.length; i++) d[i] = v[i];
            return d;
        });
    }

    @HostAccess.Export
    public Object copyFile(String src, String dest, int mode, Value cb) {
        String a = p(src);
        String b = p(dest);
        return run(cb, () -> FsOps.copyFile(a, b, mode));
    }

    // --- directories ---------------------------------------------------------------------

    /** Sorted entries, each encoded as a UV_DIRENT_* digit, the name and a NUL. */
    @HostAccess.Export
    public Object readdir(String path, Value cb) {
        String p = p(path);
        return run(cb, () -> FsOps.scandir(p));
    }

    /** Opens a directory stream: a handle id for dirRead/dirClose. */
    @HostAccess.Export
    public Object dirOpen(String path, Value cb) {
        String p = p(path);
        return run(cb, () -> {
            MemorySegment d = DirSyscalls.opendir(p);
            int id = nextDir.getAndIncrement();
            dirs.put(id, d);
            dirPaths.put(id, p);
            return id;
        });
    }

    /** Up to {@code max} entries, encoded like readdir; "" at the end. */
    @HostAccess.Export
    public Object dirRead(int id, int max, Value cb) {
        return run(cb, () -> {
            MemorySegment d = dirs.get(id);
            if (d == null) throw new ErrnoException("readdir", 9 /* EBADF */);
            return FsOps.dirRead(d, max, dirPaths.get(id));
        });
    }

    @HostAccess.Export
    public Object dirClose(int id, Value cb) {
        return run(cb, () -> {
            MemorySegment d = dirs.remove(id);
            dirPaths.remove(id);
            if (d == null) throw new ErrnoException("closedir", 9 /* EBADF */);
            DirSyscalls.closedir(d);
            return 0;
        });
    }

    // --- stdin -------------------------------------------------------------------------------

    /** A blocking read on its own thread (stdin pipes, files, TTYs): a ByteBuffer (empty at EOF) or -errno. */
    @HostAccess.Export
    public void readBlocking(int fd, int length, Value cb) {
        java.io.InputStream in = fd == 0 ? realm.config().stdin() : null;
        if (in != null) {
            async.submitBlocking(() -> readStream(in, length), cb);
            return;
        }
        async.submitBlocking(() -> {
            while (true) {
                try {
                    return FsOps.readNew(fd, length, -1);
                } catch (ErrnoException e) {
                    if (e.errno != FsOps.EAGAIN) throw e;
                    // A non-blocking fd we inherited: wait a little and retry.
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException ie) {
                        throw new ErrnoException("read", 4 /* EINTR */);
                    }
                }
            }
        }, cb);
    }

    /** A read from the embedder's stream standing in for fd 0: a direct buffer, empty at its end. */
    private static ByteBuffer readStream(java.io.InputStream in, int length) throws ErrnoException {
        byte[] chunk = new byte[length];
        try {
            int n = Math.max(0, in.read(chunk));
            return ByteBuffer.allocateDirect(n).put(chunk, 0, n).flip();
        } catch (java.io.IOException e) {
            throw new ErrnoException("read", 5 /* EIO */);
        }
    }

    /** Whether a pending blocking read keeps the process alive. */
    @HostAccess.Export
    public void refBlocking(boolean on) {
        async.refBlocking(on);
    }

    @HostAccess.Export
    public boolean isatty(int fd) {
        if (fd == 0 && realm.config().stdin() != null) return false;
        return FileSyscalls.isatty(fd);
    }

    @Override
    public void close() {
        async.close();
        for (MemorySegment d : dirs.values()) {
            try {
                DirSyscalls.closedir(d);
            } catch (ErrnoException ignored) {
                // closing on the way out
            }
        }
        dirs.clear();
    }
}
