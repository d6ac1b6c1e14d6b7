package jnode.tls;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the SNI host name out of a client's first flight before any engine sees it, so a server
 * can pick its context by name (node's SNICallback). Handshake fragments are joined across records.
 */
public final class ClientHello {
    private static final int HANDSHAKE = 22;
    private static final int CLIENT_HELLO = 1;
    private static final int SERVER_NAME = 0;

    private ClientHello() {}

    /** The requested host name; "" when there is none or this is not a ClientHello; null until it is complete. */
    public static String serverName(byte[] b) {
        ByteArrayOutputStream hs = new ByteArrayOutputStream();
        int p = 0;
        while (true) {
            if (p + 5 > b.length) return null;
            if ((b[p] & 0xff) != HANDSHAKE) return "";
            int len = u16(b, p + 3);
            if (p + 5 + len > b.length) return null;
            hs.write(b, p + 5, len);
            p += 5 + len;
            byte[] h = hs.toByteArray();
            if (h.length >= 4) {
                if ((h[0] & 0xff) != CLIENT_HELLO) return "";
                int body = ((h[1] & 0xff) << 16) | u16(h, 2);
                if (h.length >= 4 + body) return parse(h, 4, 4 + body);
            }
        }
    }

    private static String parse(byte[] h, int p, int end) {
        try {
            p += 2 + 32;                      // version, random
            p += 1 + (h[p] & 0xff);           // session id
            p += 2 + u16(h, p);               // cipher suites
            p += 1 + (h[p] & 0xff);           // compression methods
            if (p + 2 > end) return "";
            int extEnd = p + 2 + u16(h, p);
            p += 2;
            while (p + 4 <= extEnd) {
                int type = u16(h, p);
                int len = u16(h, p + 2);
                p += 4;
                if (type == SERVER_NAME) {
                    // server_name_list: u16 length, then (u8 type, u16 length, name)...
                    int q = p + 2;
                    if ((h[q] & 0xff) == 0) return new String(h, q + 3, u16(h, q + 1), StandardCharsets.US_ASCII);
                }
                p += len;
            }
            return "";
        } catch (ArrayIndexOutOfBoundsException e) {
            return "";
        }
    }

    private static int u16(byte[] b, int p) {
        return ((b[p] & 0xff) << 8) | (b[p + 1] & 0xff);
    }
}
