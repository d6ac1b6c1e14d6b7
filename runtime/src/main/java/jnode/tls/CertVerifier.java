package jnode.tls;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/**
 * Verifies a peer's chain the way OpenSSL's {@code X509_verify_cert} reports it: the result is
 * OpenSSL's error name ({@code DEPTH_ZERO_SELF_SIGNED_CERT}, {@code SELF_SIGNED_CERT_IN_CHAIN},
 * {@code UNABLE_TO_VERIFY_LEAF_SIGNATURE}, {@code UNABLE_TO_GET_ISSUER_CERT_LOCALLY},
 * {@code CERT_HAS_EXPIRED}, {@code CERT_NOT_YET_VALID}, {@code CERT_SIGNATURE_FAILURE}) or null
 * when the chain reaches a trusted certificate. Hostname checks are the caller's.
 */
public final class CertVerifier {
    private static final int MAX_DEPTH = 100;

    private CertVerifier() {}

    public static String verify(X509Certificate[] chain, List<X509Certificate> anchors) {
        if (chain == null || chain.length == 0) return "UNABLE_TO_GET_ISSUER_CERT";
        X509Certificate cur = chain[0];
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            if (isAnchor(cur, anchors)) return validity(chain, depth, cur);
            X509Certificate trusted = issuerIn(cur, anchors);
            if (trusted != null) return validity(chain, depth, trusted);
            if (selfIssued(cur) && signedBy(cur, cur)) {
                return depth == 0 ? "DEPTH_ZERO_SELF_SIGNED_CERT" : "SELF_SIGNED_CERT_IN_CHAIN";
            }
            X509Certificate next = issuerIn(cur, Arrays.asList(chain));
            if (next == null || next == cur) {
                return depth == 0 ? "UNABLE_TO_VERIFY_LEAF_SIGNATURE" : "UNABLE_TO_GET_ISSUER_CERT_LOCALLY";
            }
            cur = next;
        }
        return "CERT_CHAIN_TOO_LONG";
    }

    // Time is checked once the chain is built, leaf first, as OpenSSL's internal_verify does.
    private static String validity(X509Certificate[] chain, int depth, X509Certificate top) {
        for (int i = 0; i <= depth && i < chain.length; i++) {
            String e = validity(chain[i]);
            if (e != null) return e;
        }
        return validity(top);
    }

    private static String validity(X509Certificate c) {
        try {
            c.checkValidity();
            return null;
        } catch (CertificateExpiredException e) {
            return "CERT_HAS_EXPIRED";
        } catch (CertificateNotYetValidException e) {
            return "CERT_NOT_YET_VALID";
        }
    }

    private static boolean isAnchor(X509Certificate c, List<X509Certificate> anchors) {
        for (X509Certificate a : anchors) {
            if (a.equals(c)) return true;
        }
        return false;
    }

    private static X509Certificate issuerIn(X509Certificate c, List<X509Certificate> pool) {
        for (X509Certificate cand : pool) {
            if (cand != c && cand.getSubjectX500Principal().equals(c.getIssuerX500Principal()) && signedBy(c, cand)) {
                return cand;
            }
        }
        return null;
    }

    private static boolean selfIssued(X509Certificate c) {
        return c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
    }

    private static boolean signedBy(X509Certificate c, X509Certificate issuer) {
        try {
            c.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
