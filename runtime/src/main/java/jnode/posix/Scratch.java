package jnode.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/**
 * Per-thread native scratch memory for syscall arguments: C strings for paths and small out
 * structs. Saves an arena per call on hot paths (stat, open); each slot is reused by the next
 * call on the same thread, so results must be copied out before the next syscall.
 */
final class Scratch {
    private Scratch() {}

    /** PATH_MAX plus the NUL. */
    static final int PATH = 4097;
    private static final int SLOTS = 3;
    private static final int STRUCT = 512;

    private static final ThreadLocal<MemorySegment> MEM =
        ThreadLocal.withInitial(() -> Arena.global().allocate(PATH * SLOTS + STRUCT, 16));

    /** {@code s} as a NUL-terminated UTF-8 string in slot {@code slot} (0..2); long strings get own memory. */
    static MemorySegment path(String s, int slot) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        MemorySegment seg = b.length < PATH
            ? MEM.get().asSlice(STRUCT + (long) slot * PATH, PATH)
            : Arena.ofAuto().allocate(b.length + 1);
        MemorySegment.copy(b, 0, seg, ValueLayout.JAVA_BYTE, 0, b.length);
        seg.set(ValueLayout.JAVA_BYTE, b.length, (byte) 0);
        return seg;
    }

    /** A path-sized out buffer (slot 2). */
    static MemorySegment pathBuf() {
        return MEM.get().asSlice(STRUCT + 2L * PATH, PATH);
    }

    /** {@value #STRUCT} bytes for an out struct (stat, statx, timespec[2]). */
    static MemorySegment struct() {
        return MEM.get().asSlice(0, STRUCT); // first, so it is 16-byte aligned
    }

    /** The UTF-8 string of {@code len} bytes at the start of {@code seg}. */
    static String string(MemorySegment seg, int len) {
        byte[] b = new byte[len];
        MemorySegment.copy(seg, ValueLayout.JAVA_BYTE, 0, b, 0, len);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** The NUL-terminated UTF-8 string at the start of {@code seg}. */
    static String cstring(MemorySegment seg) {
        return seg.getString(0, StandardCharsets.UTF_8);
    }
}
