package jnode.tls;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;

/** The few DER steps rewrapping legacy keys needs: read a header, skip, write a TLV. */
final class Der {
    private Der() {}

    /** Reads the tag (which must be {@code tag}) and length at {@code p[0]}; leaves p at the body. */
    static int header(byte[] b, int[] p, int tag) throws GeneralSecurityException {
        if (p[0] + 2 > b.length || (b[p[0]] & 0xff) != tag) throw new GeneralSecurityException("bad DER");
        p[0]++;
        int len = b[p[0]++] & 0xff;
        if (len >= 0x80) {
            int n = len & 0x7f;
            if (n > 3 || p[0] + n > b.length) throw new GeneralSecurityException("bad DER");
            len = 0;
            for (int i = 0; i < n; i++) len = (len << 8) | (b[p[0]++] & 0xff);
        }
        if (p[0] + len > b.length) throw new GeneralSecurityException("bad DER");
        return len;
    }

    /** Skips the element at {@code p[0]}, whatever its tag. */
    static void skip(byte[] b, int[] p) throws GeneralSecurityException {
        if (p[0] >= b.length) throw new GeneralSecurityException("bad DER");
        int len = header(b, p, b[p[0]] & 0xff);
        p[0] += len;
    }

    static byte[] tlv(int tag, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int n = body.length;
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x100) {
            out.write(0x81);
            out.write(n);
        } else if (n < 0x10000) {
            out.write(0x82);
            out.write(n >> 8);
            out.write(n);
        } else {
            out.write(0x83);
            out.write(n >> 16);
            out.write(n >> 8);
            out.write(n);
        }
        out.writeBytes(body);
        return out.toByteArray();
    }
}
