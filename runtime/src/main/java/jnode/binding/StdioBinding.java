package jnode.binding;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import jnode.posix.ErrnoException;
import jnode.posix.FileSyscalls;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Synchronous writes to the process's stdout/stderr (what node does for files and TTYs). An
 * embedder's Java streams stand in for fds 1 and 2 when it gives them.
 */
public final class StdioBinding {
    /** errno EAGAIN: a non-blocking fd is full; wait and retry rather than lose output. */
    private static final int EAGAIN = 11;
    private final Realm realm;

    StdioBinding(Realm realm) {
        this.realm = realm;
    }

    /** Writes a string as UTF-8; returns 0 or -errno (EPIPE when the reader has gone). */
    @HostAccess.Export
    public int writeString(int fd, String s) {
        return writeBytes(fd, s.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code length} bytes of an ArrayBuffer from {@code offset}; returns 0 or -errno. */
    @HostAccess.Export
    public int writeBuffer(int fd, Value arrayBuffer, int offset, int length) {
        byte[] bytes = new byte[length];
        arrayBuffer.readBuffer(offset, bytes, 0, length);
        return writeBytes(fd, bytes);
    }

    @HostAccess.Export
    public boolean isatty(int fd) {
        return embedded(fd) == null && FileSyscalls.isatty(fd);
    }

    private OutputStream embedded(int fd) {
        return fd == 1 ? realm.config().stdout() : fd == 2 ? realm.config().stderr() : null;
    }

    private int writeBytes(int fd, byte[] bytes) {
        OutputStream out = embedded(fd);
        if (out != null) {
            try {
                out.write(bytes);
                out.flush();
                return 0;
            } catch (IOException e) {
                return -32; // EPIPE: the embedder's stream is closed
            }
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment seg = arena.allocate(Math.max(1, bytes.length));
            MemorySegment.copy(bytes, 0, seg, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, bytes.length);
            long done = 0;
            while (done < bytes.length) {
                try {
                    done += FileSyscalls.write(fd, seg.asSlice(done), bytes.length - done);
                } catch (ErrnoException e) {
                    if (e.errno != EAGAIN) return -e.errno;
                    Thread.onSpinWait();
                }
            }
            return 0;
        }
    }
}
