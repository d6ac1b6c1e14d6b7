package jnode.zlib;

import jnode.runtime.Bytes;
import org.graalvm.polyglot.HostAccess;

/**
 * One compression or decompression stream (Node's {@code Zlib} handle in its zlib binding). A write
 * returns the output it produced as a ByteBuffer, or a negative zlib code; {@link #message} then
 * holds zlib's message, or null when zlib gave none.
 */
public final class ZlibHandle implements AutoCloseable {
    // Modes and codes are zlib's and Node's numbers (zlib.constants).
    public static final int DEFLATE = 1;
    public static final int INFLATE = 2;
    public static final int GZIP = 3;
    public static final int GUNZIP = 4;
    public static final int DEFLATERAW = 5;
    public static final int INFLATERAW = 6;
    public static final int UNZIP = 7;
    static final int Z_NO_FLUSH = 0;
    static final int Z_FULL_FLUSH = 3;
    static final int Z_FINISH = 4;
    static final int Z_NEED_DICT = 2;
    static final int Z_STREAM_ERROR = -2;
    static final int Z_DATA_ERROR = -3;
    static final int Z_BUF_ERROR = -5;

    /** The stream's work, with the flush value of each write. */
    interface Codec {
        byte[] write(int flush, byte[] in) throws ZlibError;

        void params(int level, int strategy);

        void reset();

        void close();
    }

    private final Codec codec;
    private String message;
    private boolean closed;

    /** A stream for a mode; level and strategy matter only when compressing; dictionary may be null. */
    public ZlibHandle(int mode, int level, int strategy, byte[] dictionary) {
        boolean compress = mode == DEFLATE || mode == GZIP || mode == DEFLATERAW;
        codec = compress ? new Compressor(mode, level, strategy, dictionary) : new Decompressor(mode, dictionary);
    }

    /**
     * Processes {@code in} (any thread): output bytes, or a negative zlib code. Synchronized with
     * close, which a script may call while a write runs on the worker pool.
     */
    public synchronized Object write(int flush, byte[] in) {
        if (closed) return Z_STREAM_ERROR;
        try {
            return Bytes.direct(codec.write(flush, in));
        } catch (ZlibError e) {
            message = e.getMessage();
            return e.code;
        }
    }

    /** zlib's message for the last failed write, or null. */
    @HostAccess.Export
    public String message() {
        return message;
    }

    @HostAccess.Export
    public synchronized void params(int level, int strategy) {
        if (!closed) codec.params(level, strategy);
    }

    @HostAccess.Export
    public synchronized void reset() {
        message = null;
        if (!closed) codec.reset();
    }

    /** Frees zlib's memory; idempotent. */
    @HostAccess.Export
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        codec.close();
    }
}
