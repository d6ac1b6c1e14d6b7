package jnode.binding;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import jnode.runtime.Bytes;

/**
 * Byte/string conversions with Node's rules for invalid input (Node's {@code src/string_bytes.cc}):
 * base64 decoding is lenient, hex decoding stops at the first bad pair, and both read a string's
 * chars by their low byte, as latin1 writing does.
 */
final class StringBytes {
    private StringBytes() {}

    private static final HexFormat HEX = HexFormat.of();
    /*
     * base64 goes in slices through per-thread scratch arrays: each slice is read, encoded or
     * decoded, and copied out while it is still in the cache, and no array of the whole input is
     * made (allocating and zeroing those cost more than the codec). The slices also get the
     * codec's callers compiled: HotSpot's SIMD base64 blocks replace encodeBlock/decodeBlock only
     * where a C2-compiled caller calls them, and a caller called once per big buffer stays
     * interpreted. Both slice sizes are whole base64 quanta (3 bytes in, 4 chars out).
     */
    private static final int ENCODE_SLICE = 48 * 1024;
    private static final int DECODE_SLICE = 64 * 1024;
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Decoder STRICT = Base64.getDecoder();

    /** {in, out} scratch of the slice sizes, reused by the next call on this thread. */
    private static final ThreadLocal<byte[][]> ENCODE_SCRATCH =
        ThreadLocal.withInitial(() -> new byte[][] {new byte[ENCODE_SLICE], new byte[ENCODE_SLICE / 3 * 4]});
    private static final ThreadLocal<byte[][]> DECODE_SCRATCH =
        ThreadLocal.withInitial(() -> new byte[][] {new byte[DECODE_SLICE], new byte[DECODE_SLICE / 4 * 3]});

    /** Where an encoder reads its input from, a slice at a time (an ArrayBuffer range). */
    interface ByteSource {
        /** Copies the {@code length} bytes at {@code offset} of the source into {@code dst}. */
        void read(int offset, byte[] dst, int length);
    }

    /** Both alphabets' values (node decodes either), -1 for anything else. */
    private static final byte[] UNBASE64 = new byte[256];

    /** Hex digits' values, -1 for any other byte. */
    private static final byte[] UNHEX = new byte[256];

    static {
        Arrays.fill(UNHEX, (byte) -1);
        for (int i = 0; i < 16; i++) {
            UNHEX[Character.forDigit(i, 16)] = (byte) i;
            UNHEX[Character.toUpperCase(Character.forDigit(i, 16))] = (byte) i;
        }
        Arrays.fill(UNBASE64, (byte) -1);
        String std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; i++) UNBASE64[std.charAt(i)] = (byte) i;
        UNBASE64['-'] = 62;
        UNBASE64['_'] = 63;
    }

    // --- bytes -> string ----------------------------------------------------------------------

    static String latin1(byte[] b) {
        return Bytes.latin1String(b);
    }

    /** ASCII as node reads it: the high bit of every byte cleared. */
    static String ascii(byte[] b) {
        for (int i = 0; i < b.length; i++) b[i] &= 0x7f;
        return Bytes.latin1String(b);
    }

    static String hex(byte[] b) {
        return HEX.formatHex(b);
    }

    /** base64 or, with {@code url}, base64url (no padding), of {@code length} bytes, as node encodes them. */
    static String base64(ByteSource src, int length, boolean url) {
        int rest = length % 3;
        byte[] out = new byte[length / 3 * 4 + (rest == 0 ? 0 : url ? rest + 1 : 4)];
        byte[][] scratch = ENCODE_SCRATCH.get();
        for (int i = 0, n = 0; i < length; i += ENCODE_SLICE) {
            int len = Math.min(ENCODE_SLICE, length - i);
            byte[] in = len == ENCODE_SLICE ? scratch[0] : new byte[len]; // the encoder takes a whole array
            src.read(i, in, len);
            int m = Math.min(BASE64.encode(in, scratch[1]), out.length - n); // less the padding for url
            System.arraycopy(scratch[1], 0, out, n, m);
            n += m;
        }
        if (url) {
            for (int i = 0; i < out.length; i++) {
                if (out[i] == '+') out[i] = '-';
                else if (out[i] == '/') out[i] = '_';
            }
        }
        return Bytes.latin1String(out);
    }

    // --- string -> bytes (at most max bytes) ---------------------------------------------------

    /** Chars {@code from} to {@code to}, each its low byte, into {@code out}: the byte count. */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): each char's low byte, no charset
    static int latin1(String s, int from, int to, ByteBuffer out) {
        byte[] in = DECODE_SCRATCH.get()[0];
        for (int i = from; i < to; i += in.length) {
            int len = Math.min(in.length, to - i);
            s.getBytes(i, i + len, in, 0);
            out.put(in, 0, len);
        }
        return to - from;
    }

    /**
     * Pairs of hex digits of chars {@code from} to {@code to} into {@code out}, up to the first pair
     * that is not one: the byte count. Each char counts by its low byte, as in node.
     */
    @SuppressWarnings("deprecation")
    static int hex(String s, int from, int to, ByteBuffer out) {
        byte[][] scratch = DECODE_SCRATCH.get();
        byte[] in = scratch[0];
        byte[] bytes = scratch[1];
        int start = out.position();
        for (int i = from; i + 1 < to; i += in.length) {
            int len = Math.min(in.length, to - i) & ~1;
            s.getBytes(i, i + len, in, 0);
            int n = len >>> 1;
            int k = 0;
            for (; k < n; k++) {
                int hi = UNHEX[in[2 * k] & 0xff];
                int lo = UNHEX[in[2 * k + 1] & 0xff];
                if ((hi | lo) < 0) break;
                bytes[k] = (byte) ((hi << 4) | lo);
            }
            out.put(bytes, 0, k);
            if (k < n) break;
        }
        return out.position() - start;
    }

    /**
     * The low byte of each char: what node reads of a string for base64's lenient decoding; also
     * the cheapest array to loop over (array loops beat charAt ones in C1 code).
     */
    @SuppressWarnings("deprecation") // the one String method that keeps exactly the low byte
    private static byte[] lowBytes(String s) {
        byte[] out = new byte[s.length()];
        s.getBytes(0, out.length, out, 0);
        return out;
    }

    /**
     * Node's lenient base64: either alphabet, anything else skipped, '=' ends the data, missing
     * padding accepted; each char counts by its low byte, as node reads two-byte strings.
     */
    static ByteBuffer base64(String s, int max) {
        return Bytes.direct(base64Lenient(lowBytes(s), max));
    }

    /**
     * The JDK's strict decoder on chars {@code from} to {@code to}, into {@code out}, where it
     * agrees with node: when every char is in the standard alphabet and any padding ends the
     * string. -1 for anything else (whitespace, the url alphabet, bad padding), which the lenient
     * loop takes. It reads low bytes as the lenient loop does, so a char the strict decoder takes
     * means the same to both.
     */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): each char's low byte, no charset
    static int base64Strict(String s, int from, int to, ByteBuffer out) {
        byte[][] scratch = DECODE_SCRATCH.get();
        int start = out.position();
        for (int i = from; i < to; i += DECODE_SLICE) {
            int len = Math.min(DECODE_SLICE, to - i);
            byte[] in = len == DECODE_SLICE ? scratch[0] : new byte[len]; // the decoder takes a whole array
            s.getBytes(i, i + len, in, 0);
            // The strict decoder takes a slice ending in '=' as a whole; node stops there.
            if (i + len < s.length() && in[len - 1] == '=') return -1;
            try {
                out.put(scratch[1], 0, STRICT.decode(in, scratch[1]));
            } catch (IllegalArgumentException e) {
                return -1;
            }
        }
        return out.position() - start;
    }

    private static byte[] base64Lenient(byte[] cs, int max) {
        byte[] out = new byte[Math.min(max, (int) ((cs.length * 3L) >>> 2))];
        int p = 0;
        int i = 0;
        // Whole quanta of four valid chars first, three bytes at a time (2.5x the char loop);
        // the lenient loop below takes over at the first char that is not one, or near the end.
        for (int last = cs.length - 4, room = out.length - 3; i <= last && p <= room; i += 4, p += 3) {
            int a = UNBASE64[cs[i] & 0xff];
            int b = UNBASE64[cs[i + 1] & 0xff];
            int c = UNBASE64[cs[i + 2] & 0xff];
            int d = UNBASE64[cs[i + 3] & 0xff];
            if ((a | b | c | d) < 0) break;
            int v = (a << 18) | (b << 12) | (c << 6) | d;
            out[p] = (byte) (v >>> 16);
            out[p + 1] = (byte) (v >>> 8);
            out[p + 2] = (byte) v;
        }
        int acc = 0;
        int bits = 0;
        for (; i < cs.length && p < out.length; i++) {
            int c = cs[i] & 0xff;
            int v = UNBASE64[c];
            if (v < 0) {
                if (c == '=') break;
                continue;
            }
            acc = (acc << 6) | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[p++] = (byte) (acc >>> bits);
            }
        }
        return p == out.length ? out : Arrays.copyOf(out, p);
    }
}
