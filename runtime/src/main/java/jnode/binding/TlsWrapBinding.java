package jnode.binding;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import jnode.runtime.Bytes;
import jnode.runtime.Realm;
import jnode.tls.CertInfo;
import jnode.tls.SecureContext;
import jnode.tls.TlsEngine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Node's {@code tls_wrap} and the SecureContext half of {@code crypto}: secure contexts from PEM and
 * TLS engines over the JDK's SSLEngine. The engine is a pure transform; the JS side moves its bytes
 * to and from the socket. Failures come back as null or OpenSSL-style reason strings.
 */
public final class TlsWrapBinding {
    TlsWrapBinding(Realm realm) {
    }

    @HostAccess.Export
    public SecureContext context() {
        return new SecureContext();
    }

    @HostAccess.Export
    public String setKey(SecureContext c, Value ab, int off, int len, String passphrase) {
        return c.setKey(Bytes.read(ab, off, len), passphrase);
    }

    @HostAccess.Export
    public String setCert(SecureContext c, Value ab, int off, int len) {
        return c.setCert(Bytes.read(ab, off, len));
    }

    @HostAccess.Export
    public String addCACert(SecureContext c, Value ab, int off, int len) {
        return c.addCACert(Bytes.read(ab, off, len));
    }

    @HostAccess.Export
    public String loadPKCS12(SecureContext c, Value ab, int off, int len, String passphrase) {
        return c.loadPKCS12(Bytes.read(ab, off, len), passphrase);
    }

    @HostAccess.Export
    public void setProtocols(SecureContext c, String min, String max) {
        c.setProtocols(min, max);
    }

    @HostAccess.Export
    public void setCipherSuites(SecureContext c, Value suites) {
        String[] out = new String[(int) suites.getArraySize()];
        for (int i = 0; i < out.length; i++) out[i] = suites.getArrayElement(i).asString();
        c.setCipherSuites(out);
    }

    @HostAccess.Export
    public boolean keyMismatch(SecureContext c) {
        return c.keyMismatch();
    }

    /** A new engine, or the reason it could not be made (a String). */
    @HostAccess.Export
    public Object engine(SecureContext c, boolean server, String serverName, Value alpn,
                         boolean requestCert, boolean rejectUnauthorized) {
        String[] protos = null;
        if (alpn != null && alpn.hasArrayElements()) {
            protos = new String[(int) alpn.getArraySize()];
            for (int i = 0; i < protos.length; i++) protos[i] = alpn.getArrayElement(i).asString();
        }
        try {
            return new TlsEngine(c, server, serverName, protos, requestCert, rejectUnauthorized);
        } catch (GeneralSecurityException | RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    @HostAccess.Export
    public int start(TlsEngine e) {
        return e.start();
    }

    @HostAccess.Export
    public int receive(TlsEngine e, Value ab, int off, int len) {
        return e.receive(Bytes.read(ab, off, len));
    }

    @HostAccess.Export
    public int send(TlsEngine e, Value ab, int off, int len) {
        return e.send(Bytes.read(ab, off, len));
    }

    @HostAccess.Export
    public int sendString(TlsEngine e, String s) {
        return e.send(Bytes.utf8(s));
    }

    @HostAccess.Export
    public int shutdown(TlsEngine e) {
        return e.shutdown();
    }

    @HostAccess.Export
    public ByteBuffer takePlain(TlsEngine e) {
        byte[] b = e.takePlain();
        return b == null ? null : Bytes.direct(b);
    }

    @HostAccess.Export
    public ByteBuffer takeCipher(TlsEngine e) {
        byte[] b = e.takeCipher();
        return b == null ? null : Bytes.direct(b);
    }

    @HostAccess.Export
    public String error(TlsEngine e) {
        return e.error();
    }

    /** [protocol, cipher suite, ALPN protocol, server name, verify error, session id] once the handshake is done. */
    @HostAccess.Export
    public Object[] session(TlsEngine e) {
        return new Object[] {e.protocol(), e.cipherSuite(), e.alpn(), e.serverName(), e.verifyError(),
            Bytes.direct(e.sessionId())};
    }

    /** The peer's (or with {@code local}, our own) chain, leaf first, each as describe()'s pairs; null if none. */
    @HostAccess.Export
    public Object[] chain(TlsEngine e, boolean local) {
        X509Certificate[] chain = local ? e.localChain() : e.peerChain();
        if (chain == null) return null;
        try {
            Object[] out = new Object[chain.length];
            for (int i = 0; i < chain.length; i++) out[i] = CertInfo.describe(chain[i]);
            return out;
        } catch (GeneralSecurityException ex) {
            return null;
        }
    }

    /** describe() of a DER or PEM certificate, or null when it does not parse. */
    @HostAccess.Export
    public Object[] describe(Value ab, int off, int len) {
        try {
            List<X509Certificate> certs = jnode.tls.Pem.certificates(Bytes.read(ab, off, len));
            return certs.isEmpty() ? null : CertInfo.describe(certs.get(0));
        } catch (GeneralSecurityException | RuntimeException ex) {
            return null;
        }
    }

    /** The SNI name of a buffered ClientHello: "" for none, null while incomplete. */
    @HostAccess.Export
    public String clientHelloServerName(Value ab, int off, int len) {
        return jnode.tls.ClientHello.serverName(Bytes.read(ab, off, len));
    }

    /** The JDK's default trust store as DER certificates. */
    @HostAccess.Export
    public Object[] rootCertificates() {
        List<X509Certificate> roots = SecureContext.defaultAnchors();
        Object[] out = new Object[roots.size()];
        try {
            for (int i = 0; i < out.length; i++) out[i] = Bytes.direct(roots.get(i).getEncoded());
        } catch (java.security.cert.CertificateEncodingException ex) {
            return new Object[0];
        }
        return out;
    }

    /** The cipher suites the JDK supports, by their IANA names. */
    @HostAccess.Export
    public Object[] cipherSuites() {
        try {
            // An empty context: the default one would load the whole trust store just to list suites.
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(new javax.net.ssl.KeyManager[0], new javax.net.ssl.TrustManager[0], null);
            Set<String> out = new LinkedHashSet<>(List.of(ctx.getSupportedSSLParameters().getCipherSuites()));
            out.remove("TLS_EMPTY_RENEGOTIATION_INFO_SCSV");
            return new ArrayList<>(out).toArray();
        } catch (GeneralSecurityException ex) {
            return new Object[0];
        }
    }
}
