package jnode.binding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * process.title as ps sees it. /proc/self/comm is what ps -o comm, top and pgrep show (15 bytes);
 * prctl(PR_SET_NAME) would only rename the calling thread, which is not the JVM's lead thread.
 */
final class ProcessTitle {
    private ProcessTitle() {}

    static void set(String title) {
        byte[] b = title.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(b.length, 15);
        try {
            Files.write(Path.of("/proc/self/comm"), java.util.Arrays.copyOf(b, n));
        } catch (IOException e) {
            // /proc may be read-only in a sandbox; the title is then only visible to JS.
        }
    }
}
