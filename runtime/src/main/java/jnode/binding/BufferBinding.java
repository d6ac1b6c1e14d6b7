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
 *
 * <p>base64 decoding, the common big case, goes instead a slice at a time into {@link #scratch}, which
 * JS copies into the Buffer it allocated: fresh direct memory for every result cost more in page
 * faults than the decoding, because a direct buffer's memory is freed only after a GC has found it
 * dead, so it is not there to be reused by the next one (node frees and reuses at once).
 */
public final class BufferBinding {
    /** Whole base64 quanta: 3 bytes per 4 chars. */
    private static final int SCRATCH_BYTES = 3 << 18;

    private ByteBuffer scratch; // made on first use: most processes never decode a big string

    BufferBinding() {}

    /** Memory the slice decoders write into, for JS to wrap once and copy out of after each call. */
    @HostAccess.Export
    public ByteBuffer scratch() {
        if (scratch == null) scratch = ByteBuffer.allocateDirect(SCRATCH_BYTES);
        return scratch;
    }

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

    /**
     * Strictly decodes chars {@code from} to {@code to} of {@code s} (a multiple of 4 of them but at
     * the end, at most 4/3 of {@link #scratch}'s size) into the scratch: the byte count, or -1 where
     * node's lenient decoding must take the whole string (see {@link #base64Write}).
     */
    @HostAccess.Export
    public int base64DecodeSlice(String s, int from, int to) {
        return StringBytes.base64Strict(s, from, to, scratch().clear());
    }

    /** Node's lenient base64 (whitespace, the url alphabet, '=' inside, missing padding). */
    @HostAccess.Export
    public ByteBuffer base64Write(String s, int max) {
        return StringBytes.base64(s, max);
    }

}
