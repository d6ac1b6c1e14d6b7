package jnode.binding;

import java.nio.ByteBuffer;
import java.util.Arrays;
import jnode.runtime.Bytes;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The string codecs of Node's {@code buffer} binding (base64, hex, latin1), for big inputs: JS
 * converts small ones itself, where a call costs more than it saves, and utf8 goes through GraalJS's
 * own TextEncoder/TextDecoder. Slices read an ArrayBuffer range and return a string; writes take a
 * string and write a slice of it at a time into {@link #scratch}, which JS copies into the Buffer it
 * allocated: fresh direct memory for every result cost more in page faults than the conversion,
 * because a direct buffer's memory is freed only after a GC has found it dead, so it is not there
 * to be reused by the next one (node frees and reuses at once).
 */
public final class BufferBinding {
    /** Whole base64 quanta: 3 bytes per 4 chars. */
    private static final int SCRATCH_BYTES = 3 << 18;

    /** Bytes a compare reads at a time out of each side. */
    private static final int COMPARE_SLICE = 48 * 1024;

    private ByteBuffer scratch; // made on first use: most processes never convert a big string
    private byte[] left;
    private byte[] right;

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


    /**
     * memcmp of {@code length} bytes of two ArrayBuffers, as node's Buffer.compare does it: -1, 0 or
     * 1 by the first byte that differs. A slice at a time through two reused arrays.
     */
    @HostAccess.Export
    public int compare(Value a, int aOffset, Value b, int bOffset, int length) {
        if (left == null) {
            left = new byte[COMPARE_SLICE];
            right = new byte[COMPARE_SLICE];
        }
        for (int i = 0; i < length; i += COMPARE_SLICE) {
            int n = Math.min(COMPARE_SLICE, length - i);
            a.readBuffer(aOffset + i, left, 0, n);
            b.readBuffer(bOffset + i, right, 0, n);
            int c = Arrays.compareUnsigned(left, 0, n, right, 0, n);
            if (c != 0) return Integer.signum(c);
        }
        return 0;
    }

    // The slice writers: chars from..to of s into the scratch, returning the byte count. A slice is
    // at most as many chars as fill the scratch, and whole units of its encoding but at the end.

    /** Each char's low byte, as node writes latin1 (and ascii). */
    @HostAccess.Export
    public int latin1WriteSlice(String s, int from, int to) {
        return StringBytes.latin1(s, from, to, scratch().clear());
    }

    /** Pairs of hex digits, up to the first pair that is not one. */
    @HostAccess.Export
    public int hexWriteSlice(String s, int from, int to) {
        return StringBytes.hex(s, from, to, scratch().clear());
    }

    /** base64 by the strict decoder, or -1 where node's leniency matters (see {@link #base64Write}). */
    @HostAccess.Export
    public int base64WriteSlice(String s, int from, int to) {
        return StringBytes.base64Strict(s, from, to, scratch().clear());
    }

    /** Node's lenient base64 (whitespace, the url alphabet, '=' inside, missing padding). */
    @HostAccess.Export
    public ByteBuffer base64Write(String s, int max) {
        return StringBytes.base64(s, max);
    }

}
