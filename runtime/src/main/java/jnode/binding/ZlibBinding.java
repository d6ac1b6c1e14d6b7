package jnode.binding;

import jnode.runtime.Bytes;
import jnode.runtime.Realm;
import jnode.zlib.ZlibHandle;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * java.util.zip as Node's {@code zlib} binding offers it: handles that compress or decompress, and
 * writes that run on the loop thread or on the worker pool (holding a loop ref until the callback).
 */
public final class ZlibBinding implements AutoCloseable {
    private final FsAsync pool;

    ZlibBinding(Realm realm) {
        this.pool = new FsAsync(realm);
    }

    /** A new stream for a zlib mode (DEFLATE..UNZIP); {@code dictionary} may be null. */
    @HostAccess.Export
    public ZlibHandle create(int mode, int level, int strategy, Value dictionary, int offset, int length) {
        byte[] dict = dictionary == null || dictionary.isNull() ? null : Bytes.read(dictionary, offset, length);
        return new ZlibHandle(mode, level, strategy, dict);
    }

    /** One write on the loop thread: the output as a ByteBuffer, or a negative zlib code. */
    @HostAccess.Export
    public Object write(ZlibHandle handle, int flush, Value in, int offset, int length) {
        return handle.write(flush, Bytes.read(in, offset, length));
    }

    /** One write on the worker pool: {@code cb(output or negative code)} on the loop thread. */
    @HostAccess.Export
    public void writeAsync(ZlibHandle handle, int flush, Value in, int offset, int length, Value cb) {
        // Copied on the loop thread: JS memory must not be read from a worker.
        byte[] bytes = Bytes.read(in, offset, length);
        pool.submit(() -> handle.write(flush, bytes), cb);
    }

    @Override
    public void close() {
        pool.close();
    }
}
