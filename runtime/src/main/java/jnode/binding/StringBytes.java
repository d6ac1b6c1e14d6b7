package jnode.binding;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Byte/string conversions with Node's rules for invalid input (Node's {@code src/string_bytes.cc}):
 * base64 decoding is lenient, hex decoding stops at the first bad pair, and both read a string's
 * chars by their low byte, as latin1 writing does.
 */
final class StringBytes {
    private StringBytes() {}

    private static final HexFormat HEX = HexFormat.of();
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

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
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** ASCII as node reads it: the high bit of every byte cleared. */
    static String ascii(byte[] b) {
        for (int i = 0; i < b.length; i++) b[i] &= 0x7f;
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static String hex(byte[] b) {
        return HEX.formatHex(b);
    }

    static String base64(byte[] b, boolean url) {
        return (url ? BASE64URL : BASE64).encodeToString(b);
    }

    // --- string -> bytes (at most max bytes) ---------------------------------------------------

    /** Each char's low byte, as node writes latin1 (and ascii). */
    static byte[] latin1(String s, int max) {
        return lowBytes(s, Math.min(s.length(), max));
    }

    private static byte[] lowBytes(String s) {
        return lowBytes(s, s.length());
    }

    /**
     * The low byte of each of the first n chars: what node reads of a string for latin1, hex and
     * base64; also the cheapest array to loop over (array loops beat charAt ones in C1 code).
     */
    @SuppressWarnings("deprecation") // the one String method that keeps exactly the low byte
    private static byte[] lowBytes(String s, int n) {
        byte[] out = new byte[n];
        s.getBytes(0, n, out, 0);
        return out;
    }

    /** Pairs of hex digits, up to the first pair that is not one; each char counts by its low byte, as in node. */
    static byte[] hex(String s, int max) {
        byte[] cs = lowBytes(s);
        int n = Math.min(cs.length >>> 1, max);
        byte[] out = new byte[n];
        int i = 0;
        for (; i < n; i++) {
            int hi = UNHEX[cs[2 * i] & 0xff];
            int lo = UNHEX[cs[2 * i + 1] & 0xff];
            if ((hi | lo) < 0) break;
            out[i] = (byte) ((hi << 4) | lo);
        }
        return i == n ? out : Arrays.copyOf(out, i);
    }

    /**
     * Node's lenient base64: either alphabet, anything else skipped, '=' ends the data, missing
     * padding accepted; each char counts by its low byte, as node reads two-byte strings.
     */
    static byte[] base64(String s, int max) {
        byte[] cs = lowBytes(s);
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
