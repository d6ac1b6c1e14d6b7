package jnode.binding;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jnode.posix.DirSyscalls;
import jnode.posix.ErrnoException;
import jnode.posix.FileSyscalls;
import jnode.posix.PathSyscalls;

/**
 * The fs work that takes more than one syscall (whole-file reads, copyfile, directory listings),
 * usable from the loop thread and from the pool alike: nothing here touches JS values.
 */
final class FsOps {
    private FsOps() {}

    static final int S_IFMT = 0xf000;
    static final int S_IFREG = 0x8000;
    static final int S_IFDIR = 0x4000;
    static final int S_IFLNK = 0xa000;
    static final int O_RDONLY = 0;
    static final int O_WRONLY = 1;
    static final int O_CREAT = 0x40;
    static final int O_EXCL = 0x80;
    static final int O_CLOEXEC = 0x80000;
    static final int EFBIG = 27;
    static final int EXDEV = 18;
    static final int ENOSYS = 38;
    static final int EINVAL = 22;
    static final int EOPNOTSUPP = 95;
    static final int EAGAIN = 11;
    /** libuv's limit for one buffer (and node's kIoMaxLength). */
    static final long IO_MAX = Integer.MAX_VALUE;
    private static final long FICLONE = 0x40049409L;
    private static final int COPYFILE_EXCL = 1;
    private static final int COPYFILE_FICLONE = 2;
    private static final int COPYFILE_FICLONE_FORCE = 4;
    private static final int CHUNK = 64 * 1024;

    private static final ThreadLocal<MemorySegment> STATX =
        ThreadLocal.withInitial(() -> Arena.global().allocate(FileSyscalls.STATX_SIZE, 8));
    /** Per-thread native memory for writes, grown on demand. */
    private static final ThreadLocal<MemorySegment[]> IO = ThreadLocal.withInitial(() -> new MemorySegment[1]);

    /** This thread's statx buffer. */
    static MemorySegment statx() {
        return STATX.get();
    }

    static MemorySegment fstatx(int fd, String syscall) throws ErrnoException {
        MemorySegment sx = statx();
        FileSyscalls.statx(fd, "", FileSyscalls.AT_EMPTY_PATH, FileSyscalls.STATX_ALL, sx, syscall);
        return sx;
    }

    /** Native memory of at least {@code n} bytes, reused by this thread's next call (big ones are one-off). */
    static MemorySegment io(long n) {
        if (n > 16L * 1024 * 1024) return Arena.ofAuto().allocate(n);
        MemorySegment[] holder = IO.get();
        if (holder[0] == null || holder[0].byteSize() < n) {
            holder[0] = Arena.ofAuto().allocate(Math.max(CHUNK, Long.highestOneBit(Math.max(1, n - 1)) << 1));
        }
        return holder[0];
    }

    /** One write or pwrite (position -1: at the fd's position) of {@code bytes}; the count written. */
    static long write(int fd, byte[] bytes, long position) throws ErrnoException {
        MemorySegment seg = io(bytes.length);
        MemorySegment.copy(bytes, 0, seg, ValueLayout.JAVA_BYTE, 0, bytes.length);
        return write(fd, seg, bytes.length, position);
    }

    /** One write or pwrite of {@code length} bytes of {@code seg}; the count written. */
    static long write(int fd, MemorySegment seg, long length, long position) throws ErrnoException {
        return position < 0 ? FileSyscalls.write(fd, seg, length) : FileSyscalls.pwrite(fd, seg, length, position);
    }

    /** Writes all of {@code bytes} (retrying partial writes); the count written. */
    static long writeAll(int fd, byte[] bytes, long position) throws ErrnoException {
        MemorySegment seg = io(bytes.length);
        MemorySegment.copy(bytes, 0, seg, ValueLayout.JAVA_BYTE, 0, bytes.length);
        long done = 0;
        while (done < bytes.length) {
            done += position < 0 ? FileSyscalls.write(fd, seg.asSlice(done), bytes.length - done)
                : FileSyscalls.pwrite(fd, seg.asSlice(done), bytes.length - done, position + done);
        }
        return done;
    }

    /** One read or pread into {@code seg}; the count read (0 at the end). */
    static long read(int fd, MemorySegment seg, long length, long position) throws ErrnoException {
        if (length == 0) return 0;
        return position < 0 ? FileSyscalls.read(fd, seg, length) : FileSyscalls.pread(fd, seg, length, position);
    }

    /** A read into a new direct buffer of exactly the bytes read. */
    static ByteBuffer readNew(int fd, long length, long position) throws ErrnoException {
        ByteBuffer bb = ByteBuffer.allocateDirect((int) Math.max(0, length));
        long n = read(fd, MemorySegment.ofBuffer(bb), length, position);
        return bb.slice(0, (int) n);
    }

    /**
     * The rest of the file from the fd's position: a direct buffer holding exactly the bytes (JS
     * wraps it zero-copy), or a String when {@code utf8}. Sized by fstat for regular files.
     */
    static Object readAll(int fd, boolean utf8) throws ErrnoException {
        MemorySegment sx = fstatx(fd, "fstat");
        boolean regular = (StatBuffer.mode(sx) & S_IFMT) == S_IFREG;
        long size = StatBuffer.size(sx);
        if (regular && size > IO_MAX) throw new ErrnoException("read", EFBIG);
        long cap = regular && size > 0 ? size : CHUNK;
        ByteBuffer bb = ByteBuffer.allocateDirect((int) cap);
        MemorySegment seg = MemorySegment.ofBuffer(bb);
        long pos = 0;
        while (true) {
            if (pos == cap) {
                // Full: the file may have grown. Probe before doubling a big buffer.
                MemorySegment probe = io(CHUNK);
                long n = FileSyscalls.read(fd, probe, CHUNK);
                if (n == 0) break;
                long newCap = Math.min(IO_MAX, Math.max(cap * 2, cap + n));
                if (newCap < cap + n) throw new ErrnoException("read", EFBIG);
                ByteBuffer bigger = ByteBuffer.allocateDirect((int) newCap);
                MemorySegment nseg = MemorySegment.ofBuffer(bigger);
                MemorySegment.copy(seg, 0, nseg, 0, pos);
                MemorySegment.copy(probe, 0, nseg, pos, n);
                bb = bigger;
                seg = nseg;
                cap = newCap;
                pos += n;
                continue;
            }
            long n = FileSyscalls.read(fd, seg.asSlice(pos), cap - pos);
            if (n == 0) break;
            pos += n;
        }
        if (utf8) {
            byte[] bytes = new byte[(int) pos];
            MemorySegment.copy(seg, ValueLayout.JAVA_BYTE, 0, bytes, 0, (int) pos);
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return pos == cap ? bb : bb.slice(0, (int) pos);
    }

    /** libuv's uv_fs_copyfile: the destination gets the source's mode; a failed copy leaves no file. */
    static int copyFile(String src, String dest, int flags) throws ErrnoException {
        int in = FileSyscalls.open(src, O_RDONLY | O_CLOEXEC, 0);
        int out = -1;
        try {
            MemorySegment sx = fstatx(in, "fstat");
            int mode = StatBuffer.mode(sx);
            long size = StatBuffer.size(sx);
            long srcIno = sx.get(ValueLayout.JAVA_LONG, 32);
            long srcDev = sx.get(ValueLayout.JAVA_LONG, 136);
            int oflags = O_WRONLY | O_CREAT | O_CLOEXEC | ((flags & COPYFILE_EXCL) != 0 ? O_EXCL : 0);
            out = FileSyscalls.open(dest, oflags, mode & 07777);
            MemorySegment dx = fstatx(out, "fstat");
            if (dx.get(ValueLayout.JAVA_LONG, 32) == srcIno && dx.get(ValueLayout.JAVA_LONG, 136) == srcDev) {
                return 0; // the same file: nothing to do
            }
            try {
                FileSyscalls.ftruncate(out, 0);
                FileSyscalls.fchmod(out, mode & 07777);
                if ((flags & (COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE)) != 0) {
                    try {
                        FileSyscalls.ioctl(out, FICLONE, in);
                        return 0;
                    } catch (ErrnoException e) {
                        if ((flags & COPYFILE_FICLONE_FORCE) != 0) throw e;
                    }
                }
                copyData(in, out, size);
            } catch (ErrnoException e) {
                try {
                    PathSyscalls.unlink(dest);
                } catch (ErrnoException ignored) {
                    // the copy's error is the one to report
                }
                throw e;
            }
            return 0;
        } finally {
            if (out >= 0) closeQuietly(out);
            closeQuietly(in);
        }
    }

    private static void copyData(int in, int out, long size) throws ErrnoException {
        long left = size;
        boolean kernelCopy = true;
        while (kernelCopy) {
            long n;
            try {
                n = FileSyscalls.copy_file_range(in, out, Math.max(left, CHUNK));
            } catch (ErrnoException e) {
                if (e.errno != EXDEV && e.errno != ENOSYS && e.errno != EINVAL && e.errno != EOPNOTSUPP) throw e;
                break;
            }
            if (n == 0) return;
            left -= n;
        }
        MemorySegment buf = io(CHUNK);
        while (true) {
            long n = FileSyscalls.read(in, buf, CHUNK);
            if (n == 0) return;
            long done = 0;
            while (done < n) done += FileSyscalls.write(out, buf.asSlice(done), n - done);
        }
    }

    static void closeQuietly(int fd) {
        try {
            FileSyscalls.close(fd);
        } catch (ErrnoException ignored) {
            // cleanup after another error
        }
    }

    /** libuv's UV_DIRENT_* for a d_type; unknown types are looked up with lstat. */
    static int direntType(int dtype, String dir, String name) {
        switch (dtype) {
            case 8: return 1;  // DT_REG
            case 4: return 2;  // DT_DIR
            case 10: return 3; // DT_LNK
            case 1: return 4;  // DT_FIFO
            case 12: return 5; // DT_SOCK
            case 2: return 6;  // DT_CHR
            case 6: return 7;  // DT_BLK
            default:
                try {
                    MemorySegment sx = statx();
                    FileSyscalls.statx(FileSyscalls.AT_FDCWD, dir + "/" + name, FileSyscalls.AT_SYMLINK_NOFOLLOW,
                        FileSyscalls.STATX_ALL, sx, "lstat");
                    return modeType(StatBuffer.mode(sx));
                } catch (ErrnoException e) {
                    return 0;
                }
        }
    }

    private static int modeType(int mode) {
        switch (mode & S_IFMT) {
            case S_IFREG: return 1;
            case S_IFDIR: return 2;
            case S_IFLNK: return 3;
            case 0x1000: return 4;
            case 0xc000: return 5;
            case 0x2000: return 6;
            case 0x6000: return 7;
            default: return 0;
        }
    }

    /** One entry as JS decodes it: the UV_DIRENT_* digit, the name, a NUL. */
    private static void encode(StringBuilder sb, int type, String name) {
        sb.append((char) ('0' + type)).append(name).append('\0');
    }

    /** Every entry of {@code dir} but "." and "..", sorted by bytes like libuv's scandir. */
    static String scandir(String dir) throws ErrnoException {
        MemorySegment d = DirSyscalls.opendir(dir);
        List<DirSyscalls.Entry> entries = new ArrayList<>();
        try {
            for (DirSyscalls.Entry e; (e = DirSyscalls.readdir(d)) != null; ) entries.add(e);
        } finally {
            try {
                DirSyscalls.closedir(d);
            } catch (ErrnoException ignored) {
                // the listing is complete
            }
        }
        byte[][] keys = new byte[entries.size()][];
        Integer[] order = new Integer[entries.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = entries.get(i).name().getBytes(StandardCharsets.UTF_8);
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(keys[a], keys[b]));
        StringBuilder sb = new StringBuilder();
        for (int i : order) {
            DirSyscalls.Entry e = entries.get(i);
            encode(sb, direntType(e.type(), dir, e.name()), e.name());
        }
        return sb.toString();
    }

    /** Up to {@code max} more entries of an open directory stream, encoded; "" at the end. */
    static String dirRead(MemorySegment d, int max, String dir) throws ErrnoException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < max; i++) {
            DirSyscalls.Entry e = DirSyscalls.readdir(d);
            if (e == null) break;
            encode(sb, direntType(e.type(), dir, e.name()), e.name());
        }
        return sb.toString();
    }

    static ByteBuffer newStat(MemorySegment sx, boolean bigint) {
        ByteBuffer b = StatBuffer.allocate();
        StatBuffer.fromStatx(sx, b, bigint);
        return b.order(ByteOrder.nativeOrder());
    }
}
