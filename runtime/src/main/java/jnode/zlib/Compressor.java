package jnode.zlib;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Deflate, raw deflate and gzip over java.util.zip.Deflater (which writes the zlib wrapper itself). */
final class Compressor implements ZlibHandle.Codec {
    private final boolean gzip;
    private final Deflater deflater;
    private final byte[] dictionary;
    private final CRC32 crc = new CRC32();
    private final byte[] buf = new byte[16 * 1024];
    private int level;
    private int strategy;
    private boolean started;
    private boolean done;

    Compressor(int mode, int level, int strategy, byte[] dictionary) {
        this.gzip = mode == ZlibHandle.GZIP;
        this.deflater = new Deflater(level, mode != ZlibHandle.DEFLATE);
        this.dictionary = dictionary;
        this.level = level;
        this.strategy = strategy;
        deflater.setStrategy(jdkStrategy(strategy));
        if (dictionary != null) deflater.setDictionary(dictionary);
    }

    /** Z_RLE and Z_FIXED have no JDK counterpart; they compress with the default strategy. */
    private static int jdkStrategy(int zlibStrategy) {
        return switch (zlibStrategy) {
            case 1 -> Deflater.FILTERED;
            case 2 -> Deflater.HUFFMAN_ONLY;
            default -> Deflater.DEFAULT_STRATEGY;
        };
    }

    @Override
    public byte[] write(int flush, byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (done) return new byte[0];
        if (gzip && !started) out.writeBytes(GzipHeader.write(level, strategy));
        started = true;
        deflater.setInput(in);
        if (gzip) crc.update(in);
        if (flush == ZlibHandle.Z_FINISH) {
            deflater.finish();
            while (!deflater.finished()) out.write(buf, 0, deflater.deflate(buf));
            if (gzip) out.writeBytes(GzipHeader.trailer(crc.getValue(), deflater.getBytesRead()));
            done = true;
        } else {
            // Z_PARTIAL_FLUSH and Z_BLOCK have no JDK counterpart: they flush as Z_SYNC_FLUSH does.
            int mode = flush == ZlibHandle.Z_NO_FLUSH ? Deflater.NO_FLUSH
                : flush == ZlibHandle.Z_FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
            int n;
            do {
                n = deflater.deflate(buf, 0, buf.length, mode);
                out.write(buf, 0, n);
            } while (n == buf.length || !deflater.needsInput());
        }
        return out.toByteArray();
    }

    @Override
    public void params(int level, int strategy) {
        this.level = level;
        this.strategy = strategy;
        deflater.setLevel(level);
        deflater.setStrategy(jdkStrategy(strategy));
    }

    @Override
    public void reset() {
        deflater.reset();
        if (dictionary != null) deflater.setDictionary(dictionary);
        crc.reset();
        started = false;
        done = false;
    }

    @Override
    public void close() {
        deflater.end();
    }
}
