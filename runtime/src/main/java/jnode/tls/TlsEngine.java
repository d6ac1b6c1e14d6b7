package jnode.tls;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * One TLS connection as a pure transform over a JDK {@link SSLEngine}, knowing nothing of sockets
 * or node: ciphertext from the peer goes in with {@link #receive}, plaintext to send with
 * {@link #send}; what the engine produced is taken with {@link #takePlain} and {@link #takeCipher}.
 * Each step returns a bit set of what happened ({@link #HANDSHAKE_DONE}, {@link #PEER_CLOSED})
 * or -1 on a failure, whose reason {@link #error} keeps.
 */
public final class TlsEngine {
    public static final int HANDSHAKE_DONE = 1;
    public static final int PEER_CLOSED = 2;
    private static final List<String> VERSIONS = List.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");

    private final SSLEngine engine;
    private final SecureContext context;
    private final String serverName;
    private final ByteArrayOutputStream plain = new ByteArrayOutputStream();
    private final ByteArrayOutputStream cipher = new ByteArrayOutputStream();
    private ByteBuffer netIn = ByteBuffer.allocate(0);
    private ByteBuffer appBuf;
    private ByteBuffer netBuf;
    private boolean done;
    private boolean peerClosed;
    private String error;

    public TlsEngine(SecureContext context, boolean server, String serverName, String[] alpn,
                     boolean requestCert, boolean rejectUnauthorized) throws GeneralSecurityException {
        this.context = context;
        this.serverName = serverName;
        engine = context.sslContext().createSSLEngine();
        engine.setUseClientMode(!server);
        SSLParameters p = engine.getSSLParameters();
        int lo = VERSIONS.indexOf(context.minVersion());
        int hi = VERSIONS.indexOf(context.maxVersion());
        p.setProtocols(VERSIONS.subList(Math.max(lo, 0), Math.max(hi, lo) + 1).toArray(new String[0]));
        if (context.cipherSuites() != null) p.setCipherSuites(context.cipherSuites());
        if (server) {
            if (requestCert && rejectUnauthorized) p.setNeedClientAuth(true);
            else if (requestCert) p.setWantClientAuth(true);
        } else if (serverName != null && !serverName.isEmpty()) {
            try {
                p.setServerNames(List.<SNIServerName>of(new SNIHostName(serverName)));
            } catch (IllegalArgumentException e) {
                // not a host name the SNI extension can carry (an IP, say): send none, as OpenSSL would fail to
            }
        }
        if (alpn != null && alpn.length > 0) {
            if (server) {
                List<String> mine = Arrays.asList(alpn);
                // The server's preference order wins; no overlap ends the handshake with no_application_protocol.
                engine.setHandshakeApplicationProtocolSelector((e, offered) -> {
                    if (offered.isEmpty()) return "";
                    for (String m : mine) {
                        if (offered.contains(m)) return m;
                    }
                    return null;
                });
            } else {
                p.setApplicationProtocols(alpn);
            }
        }
        engine.setSSLParameters(p);
        SSLSession s = engine.getSession();
        appBuf = ByteBuffer.allocate(s.getApplicationBufferSize());
        netBuf = ByteBuffer.allocate(s.getPacketBufferSize());
    }

    /** Begins the handshake: a client's ClientHello is then waiting in {@link #takeCipher}. */
    public int start() {
        try {
            engine.beginHandshake();
            return pump();
        } catch (SSLException e) {
            return fail(e);
        }
    }

    public int receive(byte[] data) {
        if (netIn.capacity() - netIn.remaining() < data.length) {
            ByteBuffer grown = ByteBuffer.allocate(netIn.remaining() + data.length + 4096);
            grown.put(netIn);
            netIn = grown;
        } else {
            netIn.compact();
        }
        netIn.put(data).flip();
        try {
            return pump();
        } catch (SSLException e) {
            return fail(e);
        }
    }

    /** Encrypts all of {@code data}; call only once the handshake is done. */
    public int send(byte[] data) {
        ByteBuffer src = ByteBuffer.wrap(data);
        try {
            while (src.hasRemaining()) {
                netBuf.clear();
                SSLEngineResult r = engine.wrap(src, netBuf);
                cipher.write(netBuf.array(), 0, netBuf.flip().limit());
                if (r.getStatus() == SSLEngineResult.Status.CLOSED) break;
                if (r.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
                    netBuf = ByteBuffer.allocate(netBuf.capacity() * 2);
                }
            }
            return pump();
        } catch (SSLException e) {
            return fail(e);
        }
    }

    /** Sends close_notify: nothing more will be written. */
    public int shutdown() {
        engine.closeOutbound();
        try {
            return pump();
        } catch (SSLException e) {
            return fail(e);
        }
    }

    // Runs the engine until it needs input it has not got: unwraps what came in, wraps what it must send.
    private int pump() throws SSLException {
        int events = 0;
        while (true) {
            SSLEngineResult.HandshakeStatus hs = engine.getHandshakeStatus();
            SSLEngineResult r;
            if (hs == SSLEngineResult.HandshakeStatus.NEED_TASK) {
                for (Runnable t; (t = engine.getDelegatedTask()) != null;) t.run();
                continue;
            }
            if (hs == SSLEngineResult.HandshakeStatus.NEED_WRAP) {
                netBuf.clear();
                r = engine.wrap(ByteBuffer.allocate(0), netBuf);
                cipher.write(netBuf.array(), 0, netBuf.flip().limit());
                if (r.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
                    netBuf = ByteBuffer.allocate(netBuf.capacity() * 2);
                    continue;
                }
                events |= finished(r);
                if (r.getStatus() == SSLEngineResult.Status.CLOSED && r.bytesProduced() == 0) break;
                continue;
            }
            if (!netIn.hasRemaining() && hs != SSLEngineResult.HandshakeStatus.NEED_UNWRAP_AGAIN) break;
            if (engine.isInboundDone()) break;
            appBuf.clear();
            r = engine.unwrap(netIn, appBuf);
            plain.write(appBuf.array(), 0, appBuf.flip().limit());
            events |= finished(r);
            switch (r.getStatus()) {
                case BUFFER_UNDERFLOW:
                    return events;
                case BUFFER_OVERFLOW:
                    appBuf = ByteBuffer.allocate(appBuf.capacity() * 2);
                    break;
                case CLOSED:
                    if (!peerClosed) {
                        peerClosed = true;
                        events |= PEER_CLOSED;
                    }
                    break;
                default:
                    break;
            }
        }
        return events;
    }

    private int finished(SSLEngineResult r) {
        if (!done && r.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.FINISHED) {
            done = true;
            return HANDSHAKE_DONE;
        }
        return 0;
    }

    private int fail(SSLException e) {
        error = e.getMessage();
        Throwable root = e;
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            root = t;
            if (t instanceof java.security.cert.CertificateException && t.getMessage() != null) {
                error = "certificate: " + t.getMessage();
                return alert();
            }
        }
        // The JDK's generic reasons ("Unexpected exception") say what went wrong only in their cause.
        if (root != e) error += " (" + root + ")";
        return alert();
    }

    private int alert() {
        // The alert the engine queued for the peer still goes out.
        try {
            engine.closeOutbound();
            for (int i = 0; i < 4 && !engine.isOutboundDone(); i++) {
                netBuf.clear();
                engine.wrap(ByteBuffer.allocate(0), netBuf);
                cipher.write(netBuf.array(), 0, netBuf.flip().limit());
            }
        } catch (SSLException ignored) {
            // the engine is already failed; what it produced so far is all there is
        }
        return -1;
    }

    /** The reason of the last failure (the JDK's message), or null. */
    public String error() {
        return error;
    }

    public byte[] takePlain() {
        return take(plain);
    }

    public byte[] takeCipher() {
        return take(cipher);
    }

    private static byte[] take(ByteArrayOutputStream b) {
        if (b.size() == 0) return null;
        byte[] out = b.toByteArray();
        b.reset();
        return out;
    }

    public boolean handshakeDone() {
        return done;
    }

    public String protocol() {
        return done ? engine.getSession().getProtocol() : null;
    }

    public String cipherSuite() {
        return done ? engine.getSession().getCipherSuite() : null;
    }

    public byte[] sessionId() {
        return engine.getSession().getId();
    }

    /** The negotiated ALPN protocol, or null. */
    public String alpn() {
        String a = engine.getApplicationProtocol();
        return a == null || a.isEmpty() ? null : a;
    }

    /** The SNI name: the one a client sent (server side), or the one this client asked for. */
    public String serverName() {
        if (engine.getUseClientMode()) return serverName;
        if (engine.getSession() instanceof ExtendedSSLSession x) {
            for (SNIServerName n : x.getRequestedServerNames()) {
                if (n instanceof SNIHostName h) return h.getAsciiName();
            }
        }
        return null;
    }

    public X509Certificate[] peerChain() {
        try {
            Certificate[] cs = engine.getSession().getPeerCertificates();
            List<X509Certificate> out = new ArrayList<>();
            for (Certificate c : cs) {
                if (c instanceof X509Certificate x) out.add(x);
            }
            return out.toArray(new X509Certificate[0]);
        } catch (SSLPeerUnverifiedException e) {
            return null;
        }
    }

    public X509Certificate[] localChain() {
        Certificate[] cs = engine.getSession().getLocalCertificates();
        if (cs == null) return null;
        return Arrays.stream(cs).map(c -> (X509Certificate) c).toArray(X509Certificate[]::new);
    }

    /** OpenSSL's verify error for the peer's chain against the context's CAs, or null when trusted. */
    public String verifyError() {
        X509Certificate[] chain = peerChain();
        if (chain == null) return "UNABLE_TO_GET_ISSUER_CERT";
        return CertVerifier.verify(chain, context.anchors());
    }
}
