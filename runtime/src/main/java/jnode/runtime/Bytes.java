package jnode.runtime;

import java.nio.ByteBuffer;
import org.graalvm.polyglot.Value;

/** Moving bytes across the JS boundary: ArrayBuffer ranges in, direct ByteBuffers out (zero-copy in JS). */
public final class Bytes {
    private Bytes() {}

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
}
