package jnode.crypto;

/** scrypt (RFC 7914), which the JDK lacks: Bouncy Castle's implementation. */
public final class Scrypt {
    private Scrypt() {}

    /** The derived key; the caller has checked N (a power of two), r, p and the memory they need. */
    public static byte[] derive(byte[] password, byte[] salt, int n, int r, int p, int keyLength) {
        return org.bouncycastle.crypto.generators.SCrypt.generate(password, salt, n, r, p, keyLength);
    }
}
