package jnode.binding;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A stat result as JS reads it: 18 slots in node's statValues order (dev, mode, nlink, uid, gid,
 * rdev, blksize, ino, size, blocks, then seconds and nanoseconds of atime, mtime, ctime and
 * birthtime), as doubles for a Float64Array or as longs for a BigInt64Array.
 */
final class StatBuffer {
    private StatBuffer() {}

    static final int FIELDS = 18;
    static final int BYTES = FIELDS * 8;

    static ByteBuffer allocate() {
        return ByteBuffer.allocateDirect(BYTES).order(ByteOrder.nativeOrder());
    }

    /** Copies a {@code struct statx} into {@code out} (libuv's uv__fs_statx). */
    static void fromStatx(MemorySegment sx, ByteBuffer out, boolean bigint) {
        long[] v = new long[FIELDS];
        v[0] = makedev(u32(sx, 136), u32(sx, 140));
        v[1] = sx.get(ValueLayout.JAVA_SHORT, 28) & 0xffff;
        v[2] = u32(sx, 16);
        v[3] = u32(sx, 20);
        v[4] = u32(sx, 24);
        v[5] = makedev(u32(sx, 128), u32(sx, 132));
        v[6] = u32(sx, 4);
        v[7] = sx.get(ValueLayout.JAVA_LONG, 32);
        v[8] = sx.get(ValueLayout.JAVA_LONG, 40);
        v[9] = sx.get(ValueLayout.JAVA_LONG, 48);
        timestamp(sx, 64, v, 10);  // atime
        timestamp(sx, 112, v, 12); // mtime
        timestamp(sx, 96, v, 14);  // ctime
        timestamp(sx, 80, v, 16);  // btime
        for (int i = 0; i < FIELDS; i++) {
            if (bigint) out.putLong(i * 8, v[i]);
            else out.putDouble(i * 8, v[i]);
        }
    }

    /** The file type bits of a filled statx. */
    static int mode(MemorySegment sx) {
        return sx.get(ValueLayout.JAVA_SHORT, 28) & 0xffff;
    }

    static long size(MemorySegment sx) {
        return sx.get(ValueLayout.JAVA_LONG, 40);
    }

    private static void timestamp(MemorySegment sx, long at, long[] v, int i) {
        v[i] = sx.get(ValueLayout.JAVA_LONG, at);
        v[i + 1] = u32(sx, at + 8);
    }

    private static long u32(MemorySegment sx, long at) {
        return sx.get(ValueLayout.JAVA_INT, at) & 0xffffffffL;
    }

    /** glibc's makedev. */
    private static long makedev(long major, long minor) {
        return ((major & 0xfffff000L) << 32) | ((major & 0xfffL) << 8)
            | ((minor & 0xffffff00L) << 12) | (minor & 0xffL);
    }
}
