package jnode.tls;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Node's {@code SecureContext}: the keys with their certificate chains, the trusted CAs (the JDK's
 * default store unless some are added) and the protocol range, turned into a JDK {@link SSLContext}
 * on first use. A setter returns null or OpenSSL's reason for refusing ("bad decrypt",
 * "unsupported", "no certificate"...).
 */
public final class SecureContext {
    private static volatile List<X509Certificate> defaultAnchors;

    private final List<PrivateKey> keys = new ArrayList<>();
    private final List<X509Certificate[]> chains = new ArrayList<>();
    private List<X509Certificate> ca;
    private String minVersion = "TLSv1.2";
    private String maxVersion = "TLSv1.3";
    private String[] cipherSuites;
    private SSLContext built;

    public String setKey(byte[] pem, String passphrase) {
        try {
            keys.add(Pem.privateKey(pem, passphrase == null ? null : passphrase.toCharArray()));
            built = null;
            return null;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return reason(e);
        }
    }

    public String setCert(byte[] pem) {
        try {
            List<X509Certificate> certs = Pem.certificates(pem);
            if (certs.isEmpty()) return "no certificate";
            chains.add(certs.toArray(new X509Certificate[0]));
            built = null;
            return null;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return reason(e);
        }
    }

    public String addCACert(byte[] pem) {
        try {
            List<X509Certificate> certs = Pem.certificates(pem);
            if (ca == null) ca = new ArrayList<>();
            ca.addAll(certs);
            built = null;
            return null;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return reason(e);
        }
    }

    /** A PKCS#12 bundle: its key and chain, and its other certificates as CAs. */
    public String loadPKCS12(byte[] der, String passphrase) {
        char[] pw = passphrase == null ? new char[0] : passphrase.toCharArray();
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(new ByteArrayInputStream(der), pw);
            for (Enumeration<String> e = ks.aliases(); e.hasMoreElements();) {
                String alias = e.nextElement();
                if (ks.isKeyEntry(alias)) {
                    keys.add((PrivateKey) ks.getKey(alias, pw));
                    chains.add(Arrays.stream(ks.getCertificateChain(alias)).map(c -> (X509Certificate) c)
                        .toArray(X509Certificate[]::new));
                } else if (ks.getCertificate(alias) instanceof X509Certificate c) {
                    if (ca == null) ca = new ArrayList<>();
                    ca.add(c);
                }
            }
            built = null;
            return null;
        } catch (java.io.IOException e) {
            return e.getCause() instanceof javax.crypto.BadPaddingException
                || String.valueOf(e.getMessage()).contains("password") ? "mac verify failure" : "not enough data";
        } catch (GeneralSecurityException e) {
            return reason(e);
        }
    }

    public void setProtocols(String min, String max) {
        minVersion = min;
        maxVersion = max;
        built = null;
    }

    /** The suites to offer, in preference order (IANA names), or null for the JDK's defaults. */
    public void setCipherSuites(String[] suites) {
        cipherSuites = suites;
    }

    String[] cipherSuites() {
        return cipherSuites;
    }

    String minVersion() {
        return minVersion;
    }

    String maxVersion() {
        return maxVersion;
    }

    /** The certificates a peer's chain must reach: the added CAs, else the JDK's default store. */
    public List<X509Certificate> anchors() {
        return ca != null ? ca : defaultAnchors();
    }

    public static List<X509Certificate> defaultAnchors() {
        List<X509Certificate> d = defaultAnchors;
        if (d == null) {
            try {
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init((KeyStore) null);
                List<X509Certificate> out = new ArrayList<>();
                for (TrustManager tm : tmf.getTrustManagers()) {
                    if (tm instanceof X509TrustManager x) out.addAll(Arrays.asList(x.getAcceptedIssuers()));
                }
                d = Collections.unmodifiableList(out);
            } catch (GeneralSecurityException e) {
                d = List.of();
            }
            defaultAnchors = d;
        }
        return d;
    }

    SSLContext sslContext() throws GeneralSecurityException {
        if (built != null) return built;
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try {
            ks.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        char[] pw = new char[0];
        // Keys pair with the chain whose leaf holds their public half (node lets key and cert arrays differ in order).
        for (int i = 0; i < keys.size(); i++) {
            X509Certificate[] chain = chainFor(keys.get(i));
            if (chain != null) ks.setKeyEntry("k" + i, keys.get(i), pw, chain);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509");
        kmf.init(ks, pw);
        SSLContext ctx = SSLContext.getInstance("TLS");
        X509ExtendedKeyManager km = (X509ExtendedKeyManager) kmf.getKeyManagers()[0];
        ctx.init(new KeyManager[] {new AnyIssuer(km)}, new TrustManager[] {new PeerChecker(this)}, null);
        built = ctx;
        return ctx;
    }

    private X509Certificate[] chainFor(PrivateKey key) {
        for (X509Certificate[] chain : chains) {
            if (Keys.match(key, chain[0].getPublicKey())) return chain;
        }
        return null;
    }

    /**
     * True when a key has no certificate of its own among those of its type: OpenSSL's key values
     * mismatch (keys and certificates of different types fill different slots, so never clash).
     */
    public boolean keyMismatch() {
        for (PrivateKey k : keys) {
            boolean sameType = chains.stream().anyMatch(c -> c[0].getPublicKey().getAlgorithm().equals(k.getAlgorithm()));
            if (sameType && chainFor(k) == null) return true;
        }
        return false;
    }

    private static String reason(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("bad decrypt")) return "bad decrypt";
        return "unsupported";
    }

    /**
     * Accepts any chain during the handshake (node decides afterwards, from the verify result),
     * except a server that demands client certificates: it refuses an unverified one in the handshake.
     */
    private static final class PeerChecker extends X509ExtendedTrustManager {
        private final SecureContext owner;

        PeerChecker(SecureContext owner) {
            this.owner = owner;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            if (engine.getNeedClientAuth()) {
                String err = CertVerifier.verify(chain, owner.anchors());
                if (err != null) throw new CertificateException(err);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return owner.ca == null ? new X509Certificate[0] : owner.ca.toArray(new X509Certificate[0]);
        }
    }

    /** Offers the configured certificate whatever CAs the peer names, as OpenSSL does. */
    private static final class AnyIssuer extends X509ExtendedKeyManager {
        private final X509ExtendedKeyManager km;

        AnyIssuer(X509ExtendedKeyManager km) {
            this.km = km;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return km.chooseEngineClientAlias(keyType, null, engine);
        }

        @Override
        public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
            return km.chooseEngineServerAlias(keyType, null, engine);
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return km.getClientAliases(keyType, null);
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return km.chooseClientAlias(keyType, null, socket);
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return km.getServerAliases(keyType, null);
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return km.chooseServerAlias(keyType, null, socket);
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return km.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return km.getPrivateKey(alias);
        }
    }
}
