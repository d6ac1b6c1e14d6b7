package jnode.zlib;

/**
 * The gzip member header and trailer (RFC 1952), which java.util.zip's raw Deflater and Inflater do
 * not write or read. Failures carry zlib's own messages.
 */
final class GzipHeader {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    static final int TRAILER_LENGTH = 8;

    /** A header that cannot be parsed. */
    static final class Invalid extends Exception {
        Invalid(String zlibMessage) {
            super(zlibMessage, null, false, false);
        }
    }

    private GzipHeader() {}

    /** The 10-byte header zlib writes: no name, no mtime, XFL from the level, OS = Unix. */
    static byte[] write(int level, int strategy) {
        int xfl = level == 9 ? 2 : (strategy >= 2 || (level >= 0 && level < 2)) ? 4 : 0;
        return new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3};
    }

    /** The trailer: CRC-32 and length mod 2^32, little-endian. */
    static byte[] trailer(long crc, long length) {
        byte[] t = new byte[TRAILER_LENGTH];
        putLe(t, 0, crc);
        putLe(t, 4, length);
        return t;
    }

    /** The length of the header starting at {@code pos}, or -1 when more bytes are needed. */
    static int parse(byte[] b, int pos, int end) throws Invalid {
        int avail = end - pos;
        if (avail >= 1 && (b[pos] & 0xff) != 0x1f) throw new Invalid("incorrect header check");
        if (avail >= 2 && (b[pos + 1] & 0xff) != 0x8b) throw new Invalid("incorrect header check");
        if (avail >= 3 && b[pos + 2] != 8) throw new Invalid("unknown compression method");
        if (avail >= 4 && (b[pos + 3] & 0xe0) != 0) throw new Invalid("unknown header flags set");
        if (avail < 10) return -1;
        int flags = b[pos + 3];
        int p = pos + 10;
        if ((flags & FEXTRA) != 0) {
            if (end - p < 2) return -1;
            p += 2 + ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8);
        }
        if ((flags & FNAME) != 0) p = skipZeroTerminated(b, p, end);
        if (p >= 0 && (flags & FCOMMENT) != 0) p = skipZeroTerminated(b, p, end);
        if (p >= 0 && (flags & FHCRC) != 0) p += 2;
        return p < 0 || p > end ? -1 : p - pos;
    }

    /** Checks a trailer against the CRC and length of what was inflated. */
    static void checkTrailer(byte[] b, int pos, long crc, long length) throws Invalid {
        if (getLe(b, pos) != crc) throw new Invalid("incorrect data check");
        if (getLe(b, pos + 4) != (length & 0xffffffffL)) throw new Invalid("incorrect length check");
    }

    private static int skipZeroTerminated(byte[] b, int p, int end) {
        if (p > end) return -1;
        for (int i = p; i < end; i++) {
            if (b[i] == 0) return i + 1;
        }
        return -1;
    }

    private static void putLe(byte[] b, int at, long v) {
        for (int i = 0; i < 4; i++) b[at + i] = (byte) (v >>> (8 * i));
    }

    private static long getLe(byte[] b, int at) {
        long v = 0;
        for (int i = 3; i >= 0; i--) v = v << 8 | (b[at + i] & 0xff);
        return v;
    }
}
