package jnode.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import jnode.runtime.Bytes;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** One running HMAC (Node's {@code Hmac} in its crypto binding), over the JDK's Mac. */
public final class HmacHandle {
    private final Mac mac;

    private HmacHandle(Mac mac) {
        this.mac = mac;
    }

    /** A new HMAC for an OpenSSL digest name and key, or null when the digest is unknown. */
    public static HmacHandle create(String digest, byte[] key) {
        Mac mac = newMac(digest, key);
        return mac == null ? null : new HmacHandle(mac);
    }

    /** A keyed JDK Mac for an OpenSSL digest name, or null when the digest is unknown. */
    static Mac newMac(String digest, byte[] key) {
        String jca = Digests.jcaName(digest);
        if (jca == null) return null;
        try {
            Mac mac = Mac.getInstance(Digests.macName(jca));
            mac.init(rawKey(key));
            return mac;
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    @HostAccess.Export
    public void update(Value arrayBuffer, int offset, int length) {
        mac.update(Bytes.read(arrayBuffer, offset, length));
    }

    @HostAccess.Export
    public ByteBuffer digest() {
        return Bytes.direct(mac.doFinal());
    }

    /** A key of any length, the empty one included: SecretKeySpec refuses empty keys, HMAC does not. */
    private static SecretKey rawKey(byte[] key) {
        byte[] k = key.clone();
        return new SecretKey() {
            @Override
            public String getAlgorithm() {
                return "RAW";
            }

            @Override
            public String getFormat() {
                return "RAW";
            }

            @Override
            public byte[] getEncoded() {
                return k.clone();
            }
        };
    }
}
