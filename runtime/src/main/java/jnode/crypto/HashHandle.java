package jnode.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.ByteBuffer;
import jnode.runtime.Bytes;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** One running digest (Node's {@code Hash} in its crypto binding), over the JDK's MessageDigest. */
public final class HashHandle {
    private final MessageDigest md;

    private HashHandle(MessageDigest md) {
        this.md = md;
    }

    /** A new hash for an OpenSSL digest name, or null when the name is unknown. */
    public static HashHandle create(String name) {
        String jca = Digests.jcaName(name);
        if (jca == null) return null;
        try {
            return new HashHandle(MessageDigest.getInstance(jca));
        } catch (NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** Adds {@code length} bytes of an ArrayBuffer from {@code offset}. */
    @HostAccess.Export
    public void update(Value arrayBuffer, int offset, int length) {
        md.update(Bytes.read(arrayBuffer, offset, length));
    }

    /** The digest; the hash cannot be used afterwards. */
    @HostAccess.Export
    public ByteBuffer digest() {
        return Bytes.direct(md.digest());
    }

    /** An independent hash in the same state, or null when the provider cannot clone. */
    @HostAccess.Export
    public HashHandle copy() {
        try {
            return new HashHandle((MessageDigest) md.clone());
        } catch (CloneNotSupportedException e) {
            return null;
        }
    }
}
