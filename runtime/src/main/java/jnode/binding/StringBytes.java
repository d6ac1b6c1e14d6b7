package jnode.binding;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Byte/string conversions with Node's rules for invalid input (Node's {@code src/string_bytes.cc}):
 * UTF-8 decoding replaces each maximal subpart of a bad sequence with U+FFFD (WHATWG), encoding turns
 * a lone surrogate into EF BF BD; base64 decoding is lenient; hex decoding stops at the first bad pair.
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

    /**
     * UTF-8 with WHATWG replacement. The JDK's decoder replaces some bad sequences differently (a
     * surrogate's lead ED A0 is one U+FFFD there, two in WHATWG), so its result is kept only when
     * it holds no U+FFFD at all.
     */
    static String utf8(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        return s.indexOf('\uFFFD') < 0 ? s : utf8Whatwg(b);
    }

    private static String utf8Whatwg(byte[] b) {
        char[] out = new char[b.length];
        int o = 0;
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out[o++] = (char) c;
                i++;
                continue;
            }
            int need;
            int cp;
            int lower = 0x80;
            int upper = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0xf;
                if (c == 0xe0) lower = 0xa0;
                else if (c == 0xed) upper = 0x9f;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x7;
                if (c == 0xf0) lower = 0x90;
                else if (c == 0xf4) upper = 0x8f;
            } else {
                out[o++] = '\uFFFD';
                i++;
                continue;
            }
            int j = i + 1;
            boolean ok = true;
            for (int k = 0; k < need; k++, j++) {
                int d = j < n ? b[j] & 0xff : -1;
                if (d < lower || d > upper) {
                    ok = false;
                    break;
                }
                lower = 0x80;
                upper = 0xbf;
                cp = (cp << 6) | (d & 0x3f);
            }
            i = j;
            if (!ok) {
                out[o++] = '\uFFFD';
            } else if (cp >= 0x10000) {
                out[o++] = Character.highSurrogate(cp);
                out[o++] = Character.lowSurrogate(cp);
            } else {
                out[o++] = (char) cp;
            }
        }
        return new String(out, 0, o);
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
        int acc = 0;
        int bits = 0;
        for (int i = 0; i < cs.length && p < out.length; i++) {
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

    /** UTF-8 of whole characters that fit in max bytes; a lone surrogate is EF BF BD. */
    static byte[] utf8(String s, int max) {
        char[] cs = s.toCharArray();
        int n = cs.length;
        int size = 0;
        int end = 0; // chars that fit
        while (end < n) {
            char c = cs[end];
            int w = 1;
            int units = 1;
            if (c >= 0x800) {
                w = 3;
                if (Character.isHighSurrogate(c) && end + 1 < n && Character.isLowSurrogate(cs[end + 1])) {
                    w = 4;
                    units = 2;
                }
            } else if (c >= 0x80) {
                w = 2;
            }
            if (size + w > max) break;
            size += w;
            end += units;
        }
        if (end == n) {
            // The JDK's encoder is faster; it writes a lone surrogate as one '?', so a length that
            // matches the count above says there was none.
            byte[] jdk = s.getBytes(StandardCharsets.UTF_8);
            if (jdk.length == size) return jdk;
        }
        byte[] out = new byte[size];
        int p = 0;
        for (int i = 0; i < end; i++) {
            char c = cs[i];
            if (c < 0x80) {
                out[p++] = (byte) c;
            } else if (c < 0x800) {
                out[p++] = (byte) (0xc0 | (c >> 6));
                out[p++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(cs[i + 1])) {
                    int cp = Character.toCodePoint(c, cs[++i]);
                    out[p++] = (byte) (0xf0 | (cp >> 18));
                    out[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                    out[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                    out[p++] = (byte) (0x80 | (cp & 0x3f));
                } else {
                    out[p++] = (byte) 0xef;
                    out[p++] = (byte) 0xbf;
                    out[p++] = (byte) 0xbd;
                }
            } else {
                out[p++] = (byte) (0xe0 | (c >> 12));
                out[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                out[p++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return out;
    }
}
