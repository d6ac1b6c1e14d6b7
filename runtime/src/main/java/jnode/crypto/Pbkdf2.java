package jnode.crypto;

import javax.crypto.Mac;

/**
 * PBKDF2 (RFC 8018 section 5.2) over the JDK's HMAC. Not SecretKeyFactory's PBKDF2: that one takes
 * the password as chars (so arbitrary bytes cannot be passed) and refuses an empty salt or password,
 * both of which Node accepts.
 */
public final class Pbkdf2 {
    private Pbkdf2() {}

    /** The derived key, or null when the digest is unknown. */
    public static byte[] derive(byte[] password, byte[] salt, int iterations, int keyLength, String digest) {
        Mac mac = HmacHandle.newMac(digest, password);
        if (mac == null) return null;
        int hLen = mac.getMacLength();
        byte[] out = new byte[keyLength];
        byte[] u = new byte[hLen];
        byte[] t = new byte[hLen];
        for (int block = 1, pos = 0; pos < keyLength; block++, pos += hLen) {
            mac.update(salt);
            mac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
            u = mac.doFinal();
            System.arraycopy(u, 0, t, 0, hLen);
            for (int i = 1; i < iterations; i++) {
                u = mac.doFinal(u);
                for (int j = 0; j < hLen; j++) t[j] ^= u[j];
            }
            System.arraycopy(t, 0, out, pos, Math.min(hLen, keyLength - pos));
        }
        return out;
    }
}
