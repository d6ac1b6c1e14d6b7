package jnode.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
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
 */
public final class CipherHandle {
    public static final int BAD_DECRYPT = -1;
    public static final int WRONG_FINAL_BLOCK_LENGTH = -2;
    public static final int AUTH_FAILED = -3;

    private final Ciphers.Info info;
    private final boolean encrypt;
    private final byte[] key;
    private final byte[] iv;
    private int tagLength;
    private boolean padding = true;
    private Cipher cipher;
    private byte[] authTag;

    public CipherHandle(Ciphers.Info info, boolean encrypt, byte[] key, byte[] iv, int tagLength) {
        this.info = info;
        this.encrypt = encrypt;
        this.key = key;
        this.iv = iv;
        this.tagLength = tagLength;
    }

    private Cipher cipher() throws GeneralSecurityException {
        if (cipher != null) return cipher;
        boolean padded = padding && info.blockSize() > 1;
        Cipher c = Cipher.getInstance("AES/" + info.mode() + "/" + (padded ? "PKCS5Padding" : "NoPadding"));
        int op = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
        SecretKeySpec k = new SecretKeySpec(key, "AES");
        switch (info.mode()) {
            case "GCM" -> c.init(op, k, new GCMParameterSpec(tagLength * 8, iv));
            case "ECB" -> c.init(op, k);
            default -> c.init(op, k, new IvParameterSpec(iv));
        }
        cipher = c;
        return c;
    }

    /** Whether the last block is PKCS#7-padded; ignored once the cipher has started. */
    @HostAccess.Export
    public void setAutoPadding(boolean on) {
        if (cipher == null) padding = on;
    }

    /** Additional authenticated data (GCM), before any update; false when refused. */
    @HostAccess.Export
    public boolean setAAD(Value arrayBuffer, int offset, int length) {
        try {
            cipher().updateAAD(Bytes.read(arrayBuffer, offset, length));
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
        byte[] out = cipher().update(Bytes.read(arrayBuffer, offset, length));
        return Bytes.direct(out == null ? new byte[0] : out);
    }

    /** The last output, or a negative failure code. */
    @HostAccess.Export
    public Object doFinal() throws GeneralSecurityException {
        Cipher c = cipher();
        boolean gcm = info.mode().equals("GCM");
        try {
            if (gcm && !encrypt) {
                if (authTag == null || authTag.length != tagLength) return AUTH_FAILED;
                return Bytes.direct(c.doFinal(authTag));
            }
            byte[] out = c.doFinal();
            if (gcm) {
                // The JDK appends the tag to the ciphertext; Node hands it out separately.
                authTag = Arrays.copyOfRange(out, out.length - tagLength, out.length);
                out = Arrays.copyOf(out, out.length - tagLength);
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
}
