package jnode.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Value;

/** Moving bytes across the JS boundary: ArrayBuffer ranges in, direct ByteBuffers out (zero-copy in JS). */
public final class Bytes {
    private Bytes() {}

    /** {@code b}'s bytes as latin1 chars; {@code b} becomes the string's and must not change after. */
    public static String latin1String(byte[] b) {
        if (Adopt.HANDLE != null) {
            try {
                return (String) Adopt.HANDLE.invokeExact(b, (Charset) StandardCharsets.ISO_8859_1);
            } catch (Throwable e) {
                throw new IllegalStateException(e); // latin1 maps every byte
            }
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /*
     * The JDK's one way to make a String that takes over a byte array instead of copying it (what
     * Files.readString uses): for a big encode result the copy cost more than the encoding.
     * jnode's launcher exports it to jnode; an embedder that does not gets a copy instead. A
     * holder class, so that only the first latin1String pays for the lookup, not every user of Bytes.
     */
    private static final class Adopt {
        static final MethodHandle HANDLE = lookup();

        private static MethodHandle lookup() {
            try {
                Object jla = Class.forName("jdk.internal.access.SharedSecrets").getMethod("getJavaLangAccess").invoke(null);
                var m = Class.forName("jdk.internal.access.JavaLangAccess")
                    .getMethod("uncheckedNewStringNoRepl", byte[].class, Charset.class);
                return MethodHandles.lookup().unreflect(m).bindTo(jla);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null; // not exported to us
            }
        }
    }

    /** A copy of {@code length} bytes of a JS ArrayBuffer from {@code offset} (loop thread only). */
    public static byte[] read(Value arrayBuffer, int offset, int length) {
        byte[] b = new byte[length];
        if (length > 0) arrayBuffer.readBuffer(offset, b, 0, length);
        return b;
    }

    /** A direct buffer holding exactly {@code b}, for JS to wrap as an ArrayBuffer. */
    public static ByteBuffer direct(byte[] b) {
        return ByteBuffer.allocateDirect(b.length).put(b).flip();
    }

    /**
     * {@code s} in UTF-8 as JS encodes it: a lone surrogate becomes U+FFFD (EF BF BD), where
     * {@link String#getBytes} would write '?'.
     */
    public static byte[] utf8(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) return utf8Replacing(s);
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf8Replacing(String s) {
        try {
            ByteBuffer out = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD})
                .encode(CharBuffer.wrap(s));
            byte[] b = new byte[out.remaining()];
            out.get(b);
            return b;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e); // REPLACE never reports one
        }
    }
}
