package jnode.runtime;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;

import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The only files the engine itself reads: ES module sources that jnode's ESM loader (JS) resolved,
 * read and prepared, then defined here under the key its resolve hook returns. The engine's module
 * loader reads a module's text when it links the importer, and runs it later in evaluation order,
 * which is why a module that wraps CommonJS or a built-in is a source here and not an evaluated
 * value. Everything else is absent: user code reaches the disk through jnode's own bindings.
 */
final class ModuleFileSystem implements FileSystem {
    private final Map<String, byte[]> sources = new ConcurrentHashMap<>();

    void define(String key, String source) {
        sources.put(key, source.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] get(Path path) throws NoSuchFileException {
        byte[] b = sources.get(path.toString());
        if (b == null) throw new NoSuchFileException(path.toString());
        return b;
    }

    @Override
    public Path parsePath(URI uri) {
        if (!"file".equals(uri.getScheme())) throw new UnsupportedOperationException(uri.toString());
        return Path.of(uri);
    }

    @Override
    public Path parsePath(String path) {
        return Path.of(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        get(path);
        if (modes.contains(AccessMode.WRITE) || modes.contains(AccessMode.EXECUTE)) {
            throw new java.nio.file.AccessDeniedException(path.toString());
        }
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        throw new java.nio.file.AccessDeniedException(dir.toString());
    }

    @Override
    public void delete(Path path) throws IOException {
        throw new java.nio.file.AccessDeniedException(path.toString());
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        return new ReadChannel(get(path));
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
        throw new NoSuchFileException(dir.toString());
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path.toAbsolutePath();
    }

    /** Keys are already what the resolve hook chose (real paths, or names of generated modules). */
    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        get(path);
        return path;
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        byte[] b = get(path);
        Map<String, Object> attrs = new HashMap<>();
        FileTime zero = FileTime.fromMillis(0);
        attrs.put("isRegularFile", true);
        attrs.put("isDirectory", false);
        attrs.put("isSymbolicLink", false);
        attrs.put("isOther", false);
        attrs.put("size", (long) b.length);
        attrs.put("lastModifiedTime", zero);
        attrs.put("lastAccessTime", zero);
        attrs.put("creationTime", zero);
        return attrs;
    }

    /** A read-only channel over one module's bytes. */
    private static final class ReadChannel implements SeekableByteChannel {
        private final byte[] bytes;
        private int position;
        private boolean open = true;

        ReadChannel(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read(ByteBuffer dst) {
            if (position >= bytes.length) return -1;
            int n = Math.min(dst.remaining(), bytes.length - position);
            dst.put(bytes, position, n);
            position += n;
            return n;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            position = (int) Math.min(newPosition, bytes.length);
            return this;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
