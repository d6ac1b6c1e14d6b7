package jnode.tls;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.security.auth.x500.X500Principal;

/**
 * The fields of an X.509 certificate as OpenSSL prints them, for node's {@code getPeerCertificate()}:
 * names as (key, value) lists in the certificate's order, OpenSSL's short attribute names, its
 * date format and upper-case hex. The result is a flat list of key, value pairs.
 */
public final class CertInfo {
    private static final Map<String, String> OID_NAMES = Map.of(
        "1.2.840.113549.1.9.1", "emailAddress",
        "2.5.4.5", "serialNumber",
        "2.5.4.42", "GN",
        "2.5.4.4", "SN",
        "2.5.4.12", "title",
        "0.9.2342.19200300.100.1.25", "DC",
        "0.9.2342.19200300.100.1.1", "UID",
        "2.5.4.46", "dnQualifier");

    // ASN1_TIME_print: "Nov  6 09:05:01 2026 GMT", the day padded with a space.
    private static final DateTimeFormatter DATE =
        DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);

    // Named curves by the JDK's name: OpenSSL's short name and, where there is one, the NIST name.
    private static final Map<String, String[]> CURVES = Map.of(
        "secp256r1", new String[] {"prime256v1", "P-256"},
        "secp384r1", new String[] {"secp384r1", "P-384"},
        "secp521r1", new String[] {"secp521r1", "P-521"},
        "secp256k1", new String[] {"secp256k1", null});

    private CertInfo() {}

    private static String curveName(ECPublicKey ec) {
        try {
            java.security.AlgorithmParameters p = java.security.AlgorithmParameters.getInstance("EC");
            p.init(ec.getParams());
            return p.getParameterSpec(java.security.spec.ECGenParameterSpec.class).getName();
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    public static X509Certificate parse(byte[] der) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    public static Object[] describe(X509Certificate c) throws GeneralSecurityException {
        List<Object> out = new ArrayList<>();
        out.add("subject");
        out.add(names(c.getSubjectX500Principal()));
        out.add("issuer");
        out.add(names(c.getIssuerX500Principal()));
        String san = altNames(c.getSubjectAlternativeNames());
        if (san != null) {
            out.add("subjectaltname");
            out.add(san);
        }
        out.add("ca");
        out.add(c.getBasicConstraints() >= 0);
        PublicKey pk = c.getPublicKey();
        if (pk instanceof RSAPublicKey rsa) {
            out.add("modulus");
            out.add(rsa.getModulus().toString(16).toUpperCase(Locale.ROOT));
            out.add("bits");
            out.add(rsa.getModulus().bitLength());
            out.add("exponent");
            out.add("0x" + rsa.getPublicExponent().toString(16));
        } else if (pk instanceof ECPublicKey ec) {
            out.add("bits");
            out.add(ec.getParams().getOrder().bitLength());
            String[] curve = CURVES.get(curveName(ec));
            if (curve != null) {
                out.add("asn1Curve");
                out.add(curve[0]);
                if (curve[1] != null) {
                    out.add("nistCurve");
                    out.add(curve[1]);
                }
            }
        }
        out.add("pubkey");
        out.add(pk.getEncoded());
        out.add("valid_from");
        out.add(date(c.getNotBefore()));
        out.add("valid_to");
        out.add(date(c.getNotAfter()));
        byte[] der = c.getEncoded();
        out.add("fingerprint");
        out.add(fingerprint("SHA-1", der));
        out.add("fingerprint256");
        out.add(fingerprint("SHA-256", der));
        out.add("fingerprint512");
        out.add(fingerprint("SHA-512", der));
        List<String> eku = c.getExtendedKeyUsage();
        if (eku != null) {
            out.add("ext_key_usage");
            out.add(eku.toArray(new String[0]));
        }
        out.add("serialNumber");
        out.add(serial(c.getSerialNumber()));
        out.add("raw");
        out.add(der);
        return out.toArray();
    }

    /** The name's attributes as alternating keys and values, most significant (C) first. */
    static String[] names(X500Principal p) {
        String s = p.getName(X500Principal.RFC2253, OID_NAMES);
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                cur.append(ch).append(s.charAt(++i));
            } else if (ch == ',' || ch == '+') {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (!cur.isEmpty()) parts.add(cur.toString());
        String[] out = new String[parts.size() * 2];
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(parts.size() - 1 - i);
            int eq = part.indexOf('=');
            out[2 * i] = part.substring(0, eq);
            out[2 * i + 1] = unescape(part.substring(eq + 1));
        }
        return out;
    }

    private static String unescape(String v) {
        if (v.startsWith("#")) return v;
        StringBuilder b = new StringBuilder();
        byte[] pending = new byte[v.length()];
        int np = 0;
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '\\' && i + 2 < v.length() && HexFormat.isHexDigit(v.charAt(i + 1))
                && HexFormat.isHexDigit(v.charAt(i + 2))) {
                pending[np++] = (byte) HexFormat.fromHexDigits(v, i + 1, i + 3);
                i += 2;
                continue;
            }
            if (np > 0) {
                b.append(new String(pending, 0, np, java.nio.charset.StandardCharsets.UTF_8));
                np = 0;
            }
            if (ch == '\\' && i + 1 < v.length()) ch = v.charAt(++i);
            b.append(ch);
        }
        if (np > 0) b.append(new String(pending, 0, np, java.nio.charset.StandardCharsets.UTF_8));
        return b.toString();
    }

    // OpenSSL's GENERAL_NAME print forms, joined by ", ".
    private static String altNames(Collection<List<?>> sans) throws GeneralSecurityException {
        if (sans == null) return null;
        List<String> out = new ArrayList<>();
        for (List<?> san : sans) {
            int type = (Integer) san.get(0);
            Object v = san.get(1);
            switch (type) {
                case 1 -> out.add("email:" + v);
                case 2 -> out.add("DNS:" + v);
                case 6 -> out.add("URI:" + v);
                case 7 -> out.add("IP Address:" + ip(String.valueOf(v)));
                case 4 -> out.add("DirName:" + v);
                case 8 -> out.add("Registered ID:" + v);
                default -> out.add("othername:<unsupported>");
            }
        }
        return String.join(", ", out);
    }

    // The JDK writes IPv6 as 0:0:...:1 in lower case; OpenSSL writes the groups in upper case.
    private static String ip(String s) {
        return s.indexOf(':') >= 0 ? s.toUpperCase(Locale.ROOT) : s;
    }

    private static String date(Date d) {
        return DATE.format(d.toInstant());
    }

    private static String fingerprint(String alg, byte[] der) throws GeneralSecurityException {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance(alg).digest(der));
    }

    private static String serial(BigInteger n) {
        String h = n.toString(16).toUpperCase(Locale.ROOT);
        return (h.length() % 2 == 1 ? "0" : "") + h;
    }
}
