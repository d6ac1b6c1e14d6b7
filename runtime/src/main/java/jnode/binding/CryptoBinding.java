package jnode.binding;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import jnode.runtime.Bytes;
import jnode.crypto.CipherHandle;
import jnode.crypto.Ciphers;
import jnode.crypto.Digests;
import jnode.crypto.HashHandle;
import jnode.crypto.HmacHandle;
import jnode.crypto.Pbkdf2;
import jnode.crypto.Scrypt;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The JDK's providers as Node's {@code crypto} binding offers them: hashes, HMACs, AES ciphers,
 * random bytes, PBKDF2 and scrypt. Names are OpenSSL's; an unknown name gives null. Key derivation and
 * random bytes for a callback run on the worker pool, holding a loop ref until the callback ran.
 */
public final class CryptoBinding implements AutoCloseable {
    private final SecureRandom random = new SecureRandom();
    private final FsAsync pool;

    CryptoBinding(Realm realm) {
        this.pool = new FsAsync(realm);
    }

    /** A new hash, or null for an unknown digest. */
    @HostAccess.Export
    public HashHandle hash(String digest) {
        return HashHandle.create(digest);
    }

    /** A new HMAC keyed with an ArrayBuffer range, or null for an unknown digest. */
    @HostAccess.Export
    public HmacHandle hmac(String digest, Value key, int offset, int length) {
        return HmacHandle.create(digest, Bytes.read(key, offset, length));
    }

    @HostAccess.Export
    public Object getHashes() {
        return Digests.names().toArray(new String[0]);
    }

    @HostAccess.Export
    public Object getCiphers() {
        return Ciphers.names().toArray(new String[0]);
    }

    /** [name, mode, keyLength, ivLength, blockSize] of a cipher, or null when unknown. */
    @HostAccess.Export
    public Object cipherInfo(String name) {
        Ciphers.Info i = Ciphers.get(name);
        if (i == null) return null;
        return new Object[] {i.name(), i.mode().toLowerCase(java.util.Locale.ROOT), i.keyLength(), i.ivLength(), i.blockSize()};
    }

    /** A new encryption or decryption; the caller has checked the name and the key and IV lengths. */
    @HostAccess.Export
    public CipherHandle cipher(String name, boolean encrypt, Value key, int keyOffset, int keyLength,
                               Value iv, int ivOffset, int ivLength, int tagLength) {
        return new CipherHandle(Ciphers.get(name), encrypt, Bytes.read(key, keyOffset, keyLength),
            Bytes.read(iv, ivOffset, ivLength), tagLength);
    }

    /** {@code length} random bytes. */
    @HostAccess.Export
    public ByteBuffer randomBytes(int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return Bytes.direct(b);
    }

    /** {@code length} random bytes, to {@code cb} from the worker pool. */
    @HostAccess.Export
    public void randomBytesAsync(int length, Value cb) {
        pool.submit(() -> randomBytes(length), cb);
    }

    /** The PBKDF2 key, or null for an unknown digest. */
    @HostAccess.Export
    public ByteBuffer pbkdf2(Value password, int pOffset, int pLength, Value salt, int sOffset, int sLength,
                             int iterations, int keyLength, String digest) {
        byte[] k = Pbkdf2.derive(Bytes.read(password, pOffset, pLength), Bytes.read(salt, sOffset, sLength),
            iterations, keyLength, digest);
        return k == null ? null : Bytes.direct(k);
    }

    /** PBKDF2 on the worker pool: {@code cb(key)}, or {@code cb(null)} for an unknown digest. */
    @HostAccess.Export
    public void pbkdf2Async(Value password, int pOffset, int pLength, Value salt, int sOffset, int sLength,
                            int iterations, int keyLength, String digest, Value cb) {
        // Copied on the loop thread: JS memory must not be read from a worker.
        byte[] p = Bytes.read(password, pOffset, pLength);
        byte[] s = Bytes.read(salt, sOffset, sLength);
        pool.submit(() -> {
            byte[] k = Pbkdf2.derive(p, s, iterations, keyLength, digest);
            return k == null ? null : Bytes.direct(k);
        }, cb);
    }

    /** The scrypt key (parameters checked by the caller). */
    @HostAccess.Export
    public ByteBuffer scrypt(Value password, int pOffset, int pLength, Value salt, int sOffset, int sLength,
                             int n, int r, int p, int keyLength) {
        return Bytes.direct(Scrypt.derive(Bytes.read(password, pOffset, pLength), Bytes.read(salt, sOffset, sLength),
            n, r, p, keyLength));
    }

    /** scrypt on the worker pool: {@code cb(key)}. */
    @HostAccess.Export
    public void scryptAsync(Value password, int pOffset, int pLength, Value salt, int sOffset, int sLength,
                            int n, int r, int p, int keyLength, Value cb) {
        // Copied on the loop thread: JS memory must not be read from a worker.
        byte[] pw = Bytes.read(password, pOffset, pLength);
        byte[] s = Bytes.read(salt, sOffset, sLength);
        pool.submit(() -> Bytes.direct(Scrypt.derive(pw, s, n, r, p, keyLength)), cb);
    }

    @Override
    public void close() {
        pool.close();
    }
}
