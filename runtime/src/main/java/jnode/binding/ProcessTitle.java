package jnode.binding;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * process.title as ps sees it, done the way libuv's uv_set_process_title does on Linux.
 * /proc/self/comm is what {@code ps -o comm}, top and pgrep show (15 bytes); the argv area
 * (arg_start..arg_end in /proc/self/stat) is what {@code ps -o args} and {@code pgrep -f} read, so
 * the title is written over it. prctl(PR_SET_NAME) would only rename the calling thread, which is
 * not the JVM's lead thread.
 */
public final class ProcessTitle {
    private ProcessTitle() {}

    static void set(String title) {
        byte[] b = title.getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(Path.of("/proc/self/comm"), Arrays.copyOf(b, Math.min(b.length, 15)));
            writeArgvArea(b);
        } catch (IOException | RuntimeException e) {
            // /proc may be read-only in a sandbox; the title is then only visible to JS.
        }
    }

    /** Replaces the whole argv area with {@code cmdline} (NUL-separated arguments), as a fork spare does. */
    public static void setArgs(byte[] cmdline) {
        try {
            writeArgvArea(cmdline);
        } catch (IOException | RuntimeException e) {
            // as in set(): only what ps shows is affected
        }
    }

    private static void writeArgvArea(byte[] title) throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        // Fields after "(comm)" start at field 3; arg_start and arg_end are fields 48 and 49.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long start = Long.parseLong(f[48 - 3]);
        long end = Long.parseLong(f[49 - 3]);
        if (start <= 0 || end <= start) return;
        MemorySegment area = MemorySegment.ofAddress(start).reinterpret(end - start);
        int n = (int) Math.min(title.length, end - start - 1);
        MemorySegment.copy(title, 0, area, ValueLayout.JAVA_BYTE, 0, n);
        area.asSlice(n).fill((byte) 0);
    }
}
