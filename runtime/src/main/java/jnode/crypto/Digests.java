package jnode.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Digest names as OpenSSL spells them (what Node's {@code crypto} binding takes) mapped to the
 * JDK's standard names; lookups ignore case, as OpenSSL's do.
 */
public final class Digests {
    /** OpenSSL short name to JCA name; each also answers to "RSA-X" and "xWithRSAEncryption". */
    private static final Map<String, String> JCA = Map.ofEntries(
        Map.entry("md5", "MD5"),
        Map.entry("sha1", "SHA-1"),
        Map.entry("sha224", "SHA-224"),
        Map.entry("sha256", "SHA-256"),
        Map.entry("sha384", "SHA-384"),
        Map.entry("sha512", "SHA-512"),
        Map.entry("sha512-224", "SHA-512/224"),
        Map.entry("sha512-256", "SHA-512/256"),
        Map.entry("sha3-224", "SHA3-224"),
        Map.entry("sha3-256", "SHA3-256"),
        Map.entry("sha3-384", "SHA3-384"),
        Map.entry("sha3-512", "SHA3-512"));

    private Digests() {}

    /** The JCA name for an OpenSSL digest name, or null when there is none. */
    public static String jcaName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("rsa-")) n = n.substring(4);
        if (n.endsWith("withrsaencryption")) n = n.substring(0, n.length() - "withrsaencryption".length());
        n = n.replace("sha512/", "sha512-");
        String jca = JCA.get(n);
        return jca != null && available(jca) ? jca : null;
    }

    /** The JCA name of the HMAC over a JCA digest (HmacSHA256, HmacSHA512/256, HmacSHA3-256). */
    static String macName(String jcaDigest) {
        String d = jcaDigest.startsWith("SHA-") ? "SHA" + jcaDigest.substring(4) : jcaDigest;
        return "Hmac" + d;
    }

    /** The digest names a script may use, sorted as OpenSSL lists them. */
    public static List<String> names() {
        TreeSet<String> out = new TreeSet<>();
        for (Map.Entry<String, String> e : JCA.entrySet()) {
            if (!available(e.getValue())) continue;
            String openssl = e.getKey().replace("sha512-", "sha512/");
            out.add(e.getKey());
            out.add("RSA-" + openssl.toUpperCase(Locale.ROOT));
            out.add(e.getKey() + "WithRSAEncryption");
        }
        return new ArrayList<>(out);
    }

    private static boolean available(String jca) {
        try {
            MessageDigest.getInstance(jca);
            return true;
        } catch (NoSuchAlgorithmException e) {
            return false;
        }
    }
}
