package jnode.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import jnode.runtime.Bytes;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One encryption or decryption (Node's {@code CipherBase}), over the JDK's AES Cipher. The JDK
 * cipher is set up on first use, so padding can still be switched off until then. Failures of
 * {@link #doFinal} are numbers: {@link #BAD_DECRYPT}, {@link #WRONG_FINAL_BLOCK_LENGTH},
 * {@link #AUTH_FAILED}.
 *
 * <p>The JDK's GCM takes tags of 12 to 16 bytes; Node also allows 4 and 8. A short tag is the
 * prefix of the full one (NIST SP 800-38D): encryption cuts the 16-byte tag; decryption holds the
 * ciphertext until doFinal, recovers the plaintext with a GCM encryption (the same keystream), and
 * compares the tag's prefix with the full tag of that plaintext.
 */
public final class CipherHandle {
    public static final int BAD_DECRYPT = -1;
    public static final int WRONG_FINAL_BLOCK_LENGTH = -2;
    public static final int AUTH_FAILED = -3;
    private static final int FULL_TAG = 16;
    private static final int MIN_JDK_TAG = 12;

    private final Ciphers.Info info;
    private final boolean encrypt;
    private final SecretKeySpec key;
    private final byte[] iv;
    private final boolean gcm;
    private int tagLength;
    private boolean padding = true;
    private Cipher cipher;
    private byte[] authTag;
    // Short-tag GCM decryption only: what doFinal needs to run both passes.
    private final ByteArrayOutputStream heldAad = new ByteArrayOutputStream();
    private final ByteArrayOutputStream heldInput = new ByteArrayOutputStream();

    public CipherHandle(Ciphers.Info info, boolean encrypt, byte[] key, byte[] iv, int tagLength) {
        this.info = info;
        this.encrypt = encrypt;
        this.key = new SecretKeySpec(key, "AES");
        this.iv = iv;
        this.gcm = info.mode().equals("GCM");
        this.tagLength = tagLength;
    }

    private boolean holdsInput() {
        return gcm && !encrypt && tagLength < MIN_JDK_TAG;
    }

    private Cipher newCipher(int op, int gcmTagBytes) throws GeneralSecurityException {
        boolean padded = padding && info.blockSize() > 1;
        Cipher c = Cipher.getInstance("AES/" + info.mode() + "/" + (padded ? "PKCS5Padding" : "NoPadding"));
        switch (info.mode()) {
            case "GCM" -> c.init(op, key, new GCMParameterSpec(gcmTagBytes * 8, iv));
            case "ECB" -> c.init(op, key);
            default -> c.init(op, key, new IvParameterSpec(iv));
        }
        return c;
    }

    private Cipher cipher() throws GeneralSecurityException {
        if (cipher == null) {
            int op = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
            cipher = newCipher(op, tagLength < MIN_JDK_TAG ? FULL_TAG : tagLength);
        }
        return cipher;
    }

    /** Whether the last block is PKCS#7-padded; ignored once the cipher has started. */
    @HostAccess.Export
    public void setAutoPadding(boolean on) {
        if (cipher == null) padding = on;
    }

    /** Additional authenticated data (GCM), before any update; false when refused. */
    @HostAccess.Export
    public boolean setAAD(Value arrayBuffer, int offset, int length) {
        byte[] aad = Bytes.read(arrayBuffer, offset, length);
        if (holdsInput()) {
            heldAad.writeBytes(aad);
            return true;
        }
        try {
            cipher().updateAAD(aad);
            return true;
        } catch (GeneralSecurityException | IllegalStateException e) {
            return false;
        }
    }

    /** The tag a decryption checks (GCM); its length replaces the default. */
    @HostAccess.Export
    public void setAuthTag(Value arrayBuffer, int offset, int length) {
        authTag = Bytes.read(arrayBuffer, offset, length);
        if (cipher == null) tagLength = length;
    }

    /** The tag an encryption produced (GCM), after doFinal; null before. */
    @HostAccess.Export
    public ByteBuffer getAuthTag() {
        return authTag == null ? null : Bytes.direct(authTag);
    }

    /** The output for more input; may be empty (the JDK's GCM decryption holds it all until doFinal). */
    @HostAccess.Export
    public ByteBuffer update(Value arrayBuffer, int offset, int length) throws GeneralSecurityException {
        byte[] in = Bytes.read(arrayBuffer, offset, length);
        if (holdsInput()) {
            heldInput.writeBytes(in);
            return Bytes.direct(new byte[0]);
        }
        byte[] out = cipher().update(in);
        return Bytes.direct(out == null ? new byte[0] : out);
    }

    /** The last output, or a negative failure code. */
    @HostAccess.Export
    public Object doFinal() throws GeneralSecurityException {
        try {
            if (holdsInput()) return Bytes.direct(decryptShortTag());
            Cipher c = cipher();
            if (gcm && !encrypt) {
                if (authTag == null || authTag.length != tagLength) return AUTH_FAILED;
                return Bytes.direct(c.doFinal(authTag));
            }
            byte[] out = c.doFinal();
            if (gcm) {
                // The JDK appends the tag to the ciphertext; Node hands it out separately.
                int full = tagLength < MIN_JDK_TAG ? FULL_TAG : tagLength;
                authTag = Arrays.copyOfRange(out, out.length - full, out.length - full + tagLength);
                out = Arrays.copyOf(out, out.length - full);
            }
            return Bytes.direct(out);
        } catch (AEADBadTagException e) {
            return AUTH_FAILED;
        } catch (BadPaddingException e) {
            return BAD_DECRYPT;
        } catch (IllegalBlockSizeException e) {
            return WRONG_FINAL_BLOCK_LENGTH;
        }
    }

    private byte[] decryptShortTag() throws GeneralSecurityException {
        if (authTag == null || authTag.length != tagLength) throw new AEADBadTagException();
        byte[] ct = heldInput.toByteArray();
        byte[] plain = Arrays.copyOf(newCipher(Cipher.ENCRYPT_MODE, FULL_TAG).doFinal(ct), ct.length);
        Cipher check = newCipher(Cipher.ENCRYPT_MODE, FULL_TAG);
        check.updateAAD(heldAad.toByteArray());
        byte[] sealed = check.doFinal(plain);
        byte[] expected = Arrays.copyOfRange(sealed, ct.length, ct.length + tagLength);
        if (!MessageDigest.isEqual(expected, authTag)) throw new AEADBadTagException();
        return plain;
    }
}
