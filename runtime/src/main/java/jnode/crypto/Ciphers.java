package jnode.crypto;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The AES ciphers, by OpenSSL name (aes-256-gcm, aes128, ...): key length, IV length and the JCA
 * mode each stands for.
 */
public final class Ciphers {
    /** One cipher: JCA mode ("CBC", "CTR", "GCM", "ECB"), key and IV lengths in bytes, block size. */
    public record Info(String name, String mode, int keyLength, int ivLength, int blockSize) {}

    private static final Map<String, Info> BY_NAME = build();

    private Ciphers() {}

    private static Map<String, Info> build() {
        Map<String, Info> m = new TreeMap<>();
        for (int bits : new int[] {128, 192, 256}) {
            String base = "aes-" + bits + "-";
            m.put(base + "cbc", new Info(base + "cbc", "CBC", bits / 8, 16, 16));
            m.put(base + "ctr", new Info(base + "ctr", "CTR", bits / 8, 16, 1));
            m.put(base + "gcm", new Info(base + "gcm", "GCM", bits / 8, 12, 1));
            m.put(base + "ecb", new Info(base + "ecb", "ECB", bits / 8, 0, 16));
            // OpenSSL's short aliases mean CBC.
            m.put("aes" + bits, m.get(base + "cbc"));
        }
        return m;
    }

    /** The cipher an OpenSSL name stands for, or null. */
    public static Info get(String name) {
        return BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    /** Every name, sorted. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }
}
