package jnode.binding;

import java.nio.ByteBuffer;
import jnode.runtime.Bytes;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The string codecs of Node's {@code buffer} binding (base64, hex, latin1), for big inputs: JS
 * converts small ones itself, where a call costs more than it saves, and utf8 goes through GraalJS's
 * own TextEncoder/TextDecoder. Slices read an ArrayBuffer range and return a string; writes take a
 * string and a byte limit and return the bytes as a direct buffer.
 */
public final class BufferBinding {
    BufferBinding() {}

    @HostAccess.Export
    public String latin1Slice(Value arrayBuffer, int offset, int length) {
        return StringBytes.latin1(Bytes.read(arrayBuffer, offset, length));
    }

    @HostAccess.Export
    public String asciiSlice(Value arrayBuffer, int offset, int length) {
        return StringBytes.ascii(Bytes.read(arrayBuffer, offset, length));
    }

    @HostAccess.Export
    public String hexSlice(Value arrayBuffer, int offset, int length) {
        return StringBytes.hex(Bytes.read(arrayBuffer, offset, length));
    }

    @HostAccess.Export
    public String base64Slice(Value arrayBuffer, int offset, int length, boolean url) {
        return StringBytes.base64((at, dst, n) -> arrayBuffer.readBuffer(offset + at, dst, 0, n), length, url);
    }


    @HostAccess.Export
    public ByteBuffer latin1Write(String s, int max) {
        return Bytes.direct(StringBytes.latin1(s, max));
    }

    @HostAccess.Export
    public ByteBuffer hexWrite(String s, int max) {
        return Bytes.direct(StringBytes.hex(s, max));
    }

    @HostAccess.Export
    public ByteBuffer base64Write(String s, int max) {
        return StringBytes.base64(s, max);
    }

}
