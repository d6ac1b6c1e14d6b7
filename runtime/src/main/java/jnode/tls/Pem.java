package jnode.tls;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PEM text to JDK objects: X.509 certificates and private keys in PKCS#8 (plain or encrypted),
 * PKCS#1 ({@code RSA PRIVATE KEY}) and SEC1 ({@code EC PRIVATE KEY}), the forms OpenSSL reads.
 * The legacy forms are rewrapped as PKCS#8, the one encoding the JDK's key factories take.
 */
public final class Pem {
    private static final Pattern BLOCK =
        Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----");
    private static final byte[] RSA_ALG = hex("300d06092a864886f70d0101010500");
    private static final byte[] EC_OID = hex("06072a8648ce3d0201");
    private static final String[] KEY_ALGS = {"RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS", "DSA", "X25519"};

    private Pem() {}

    /** The certificates in {@code text}, in order (PEM, or a single DER certificate). */
    public static List<X509Certificate> certificates(byte[] text) throws GeneralSecurityException {
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        List<X509Certificate> out = new ArrayList<>();
        for (byte[] der : blocks(text, "CERTIFICATE", "TRUSTED CERTIFICATE", "X509 CERTIFICATE")) {
            out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der)));
        }
        if (out.isEmpty() && text.length > 0 && text[0] == 0x30) {
            out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(text)));
        }
        return out;
    }

    /** The first private key in {@code text}; {@code passphrase} opens an encrypted PKCS#8 one. */
    public static PrivateKey privateKey(byte[] text, char[] passphrase) throws GeneralSecurityException {
        Matcher m = BLOCK.matcher(new String(text, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            byte[] der = decode(m.group(2));
            switch (m.group(1)) {
                case "PRIVATE KEY": return pkcs8(der);
                case "RSA PRIVATE KEY": return pkcs8(seq(concat(new byte[] {2, 1, 0}, RSA_ALG, octets(der))));
                case "EC PRIVATE KEY": return pkcs8(sec1ToPkcs8(der));
                case "ENCRYPTED PRIVATE KEY": return pkcs8(decrypt(der, passphrase));
                default: break;
            }
        }
        throw new GeneralSecurityException("no private key");
    }

    private static byte[] decrypt(byte[] der, char[] passphrase) throws GeneralSecurityException {
        if (passphrase == null) throw new GeneralSecurityException("bad decrypt");
        EncryptedPrivateKeyInfo info;
        try {
            info = new EncryptedPrivateKeyInfo(der);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException("unsupported", e);
        }
        String alg = info.getAlgParameters() != null ? info.getAlgParameters().toString() : info.getAlgName();
        SecretKeyFactory skf = SecretKeyFactory.getInstance(alg);
        Key k = skf.generateSecret(new PBEKeySpec(passphrase));
        Cipher c = Cipher.getInstance(alg);
        c.init(Cipher.DECRYPT_MODE, k, info.getAlgParameters());
        try {
            return info.getKeySpec(c).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new GeneralSecurityException("bad decrypt", e);
        }
    }

    private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String alg : KEY_ALGS) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // not this algorithm: try the next
            }
        }
        throw new GeneralSecurityException("unsupported private key");
    }

    // SEC1 ECPrivateKey ::= SEQUENCE { version, privateKey OCTET STRING, [0] curve OID, [1] publicKey }:
    // PKCS#8 carries the curve in its AlgorithmIdentifier, so lift it out of [0].
    private static byte[] sec1ToPkcs8(byte[] sec1) throws GeneralSecurityException {
        int[] p = {0};
        Der.header(sec1, p, 0x30);
        Der.skip(sec1, p); // version
        Der.skip(sec1, p); // private key
        byte[] curve = null;
        while (p[0] < sec1.length) {
            int tag = sec1[p[0]] & 0xff;
            int start = p[0];
            Der.skip(sec1, p);
            if (tag == 0xa0) {
                int[] q = {start};
                int len = Der.header(sec1, q, 0xa0);
                curve = java.util.Arrays.copyOfRange(sec1, q[0], q[0] + len);
            }
        }
        if (curve == null) throw new GeneralSecurityException("EC key without named curve");
        return seq(concat(new byte[] {2, 1, 0}, seq(concat(EC_OID, curve)), octets(sec1)));
    }

    /** The DER bodies of the PEM blocks of the given types. */
    static List<byte[]> blocks(byte[] text, String... types) {
        List<byte[]> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(new String(text, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            for (String t : types) {
                if (t.equals(m.group(1))) out.add(decode(m.group(2)));
            }
        }
        return out;
    }

    private static byte[] decode(String body) {
        // Encapsulated headers (Proc-Type, DEK-Info) end at a blank line; the base64 follows.
        int blank = body.indexOf("\n\n");
        if (body.contains(":") && blank >= 0) body = body.substring(blank);
        return Base64.getMimeDecoder().decode(body.trim());
    }

    private static byte[] seq(byte[] body) {
        return Der.tlv(0x30, body);
    }

    private static byte[] octets(byte[] body) {
        return Der.tlv(0x04, body);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static byte[] hex(String s) {
        return java.util.HexFormat.of().parseHex(s);
    }
}
