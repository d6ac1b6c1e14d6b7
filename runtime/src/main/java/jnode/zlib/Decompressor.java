package jnode.zlib;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflate, raw inflate, gunzip and unzip (gzip or zlib, told by the first bytes) over
 * java.util.zip.Inflater. Gzip framing is parsed here; input that arrives split mid-header waits in
 * {@code pending}. As in Node, a gzip stream may hold several members, and trailing zero bytes are
 * ignored.
 */
final class Decompressor implements ZlibHandle.Codec {
    private enum State { DETECT, HEADER, BODY, TRAILER, AFTER_MEMBER, DONE }

    private final int mode;
    private final byte[] dictionary;
    private final CRC32 crc = new CRC32();
    private final byte[] buf = new byte[16 * 1024];
    private Inflater inflater;
    private State state;
    private byte[] pending = new byte[0];
    private boolean gzip;

    Decompressor(int mode, byte[] dictionary) {
        this.mode = mode;
        this.dictionary = dictionary;
        reset();
    }

    private State initialState() {
        return switch (mode) {
            case ZlibHandle.UNZIP -> State.DETECT;
            case ZlibHandle.GUNZIP -> State.HEADER;
            default -> State.BODY;
        };
    }


    @Override
    public byte[] write(int flush, byte[] in) throws ZlibError {
        byte[] b = pending.length == 0 ? in : concat(pending, in);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        boolean progress = true;
        while (progress && state != State.DONE) {
            int before = pos;
            State was = state;
            pos = step(b, pos, out);
            progress = pos != before || state != was;
        }
        pending = Arrays.copyOfRange(b, Math.min(pos, b.length), b.length);
        if (state == State.DONE) pending = new byte[0];
        boolean complete = state == State.DONE || state == State.AFTER_MEMBER;
        if (flush == ZlibHandle.Z_FINISH && !complete) throw new ZlibError(ZlibHandle.Z_BUF_ERROR, null);
        return out.toByteArray();
    }

    /** One state's work on {@code b} from {@code pos}; the new position. */
    private int step(byte[] b, int pos, ByteArrayOutputStream out) throws ZlibError {
        int avail = b.length - pos;
        switch (state) {
            case DETECT -> {
                if (avail >= 1 && (b[pos] & 0xff) != 0x1f) state = State.BODY;
                else if (avail >= 2) state = (b[pos + 1] & 0xff) == 0x8b ? State.HEADER : State.BODY;
                gzip = state == State.HEADER;
                if (gzip) inflater = new Inflater(true);
                else if (state == State.BODY) inflater = new Inflater(false);
                return pos;
            }
            case HEADER -> {
                int n;
                try {
                    n = GzipHeader.parse(b, pos, b.length);
                } catch (GzipHeader.Invalid e) {
                    throw new ZlibError(ZlibHandle.Z_DATA_ERROR, e.getMessage());
                }
                if (n < 0) return pos;
                state = State.BODY;
                return pos + n;
            }
            case BODY -> {
                return inflate(b, pos, out);
            }
            case TRAILER -> {
                if (avail < GzipHeader.TRAILER_LENGTH) return pos;
                try {
                    GzipHeader.checkTrailer(b, pos, crc.getValue(), inflater.getBytesWritten());
                } catch (GzipHeader.Invalid e) {
                    throw new ZlibError(ZlibHandle.Z_DATA_ERROR, e.getMessage());
                }
                state = State.AFTER_MEMBER;
                return pos + GzipHeader.TRAILER_LENGTH;
            }
            case AFTER_MEMBER -> {
                if (avail == 0) return pos;
                // Zero padding ends the stream; anything else must be another member.
                if (b[pos] == 0) {
                    state = State.DONE;
                } else {
                    inflater.reset();
                    crc.reset();
                    state = State.HEADER;
                }
                return pos;
            }
            default -> {
                return b.length;
            }
        }
    }

    private int inflate(byte[] b, int pos, ByteArrayOutputStream out) throws ZlibError {
        inflater.setInput(b, pos, b.length - pos);
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                out.write(buf, 0, n);
                if (gzip) crc.update(buf, 0, n);
                if (inflater.needsDictionary()) {
                    if (dictionary == null) throw new ZlibError(ZlibHandle.Z_NEED_DICT, null);
                    inflater.setDictionary(dictionary);
                } else if (n == 0) {
                    break;
                }
            }
        } catch (DataFormatException e) {
            throw new ZlibError(ZlibHandle.Z_DATA_ERROR, e.getMessage());
        } catch (IllegalArgumentException e) {
            // The dictionary's Adler-32 differs from the one the stream asks for.
            throw new ZlibError(ZlibHandle.Z_NEED_DICT, null);
        }
        int next = b.length - inflater.getRemaining();
        if (inflater.finished()) state = gzip ? State.TRAILER : State.DONE;
        return next;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Override
    public void params(int level, int strategy) {}

    @Override
    public void reset() {
        if (inflater != null) inflater.end();
        state = initialState();
        inflater = switch (state) {
            case DETECT -> null;
            case HEADER -> new Inflater(true);
            default -> new Inflater(mode == ZlibHandle.INFLATERAW);
        };
        if (mode == ZlibHandle.INFLATERAW && dictionary != null) inflater.setDictionary(dictionary);
        gzip = mode == ZlibHandle.GUNZIP;
        crc.reset();
        pending = new byte[0];
    }

    @Override
    public void close() {
        if (inflater != null) inflater.end();
    }
}
