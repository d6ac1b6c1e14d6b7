package jnode.tls;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/** Whether a private key and a certificate's public key are halves of one pair. */
final class Keys {
    private static final byte[] PROBE = {'j', 'n', 'o', 'd', 'e'};

    private Keys() {}

    static boolean match(PrivateKey priv, PublicKey pub) {
        if (!priv.getAlgorithm().equals(pub.getAlgorithm())
            && !(priv.getAlgorithm().startsWith("Ed") && pub.getAlgorithm().startsWith("Ed"))) {
            return false;
        }
        if (priv instanceof RSAPrivateKey r && pub instanceof RSAPublicKey u) {
            return r.getModulus().equals(u.getModulus());
        }
        // Other key types: a signature made with one half must verify with the other.
        String alg = switch (priv.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "DSA" -> "SHA256withDSA";
            default -> priv.getAlgorithm();
        };
        try {
            Signature s = Signature.getInstance(alg);
            s.initSign(priv);
            s.update(PROBE);
            byte[] sig = s.sign();
            s.initVerify(pub);
            s.update(PROBE);
            return s.verify(sig);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
