package jnode.handle;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;

/**
 * Where socket reads land on their way to JS: one direct buffer per loop, reused by every read of
 * every stream handle. The kernel reads straight into it ({@link #target}, through
 * {@link ScratchRecvAllocator}), and JS copies each read out, into a Buffer it allocates, while
 * {@code $read} runs, before the next read can land.
 *
 * <p>Why JS does not keep the read memory itself (no copy): a direct buffer's memory is freed only
 * when a GC finds the buffer dead, and reads allocate next to no heap, so GCs came seldom. An echo
 * at 550 MB/s held 717 MB of read memory after 30 s and peaked at 2.87 GB of RSS (node: 84 MB).
 * The copy costs JS about 4 µs per 64 KiB, into heap memory the young GC reclaims.
 */
public final class ReadScratch {
    private static final int MIN_SIZE = 64 * 1024;

    private ByteBuffer memory;
    /** The buffer the last {@link #target} handed out. */
    private ByteBuf target;
    private int offset;

    /** Where the next read of up to {@code guess} bytes goes: an empty buffer over the scratch. */
    ByteBuf target(int guess) {
        if (memory == null || memory.capacity() < guess) memory = ByteBuffer.allocateDirect(Math.max(guess, MIN_SIZE));
        // A wrapped buffer never frees the memory on release.
        target = Unpooled.wrappedBuffer(memory.slice(0, guess)).clear();
        return target;
    }

    /**
     * The scratch, with {@code b}'s readable bytes at {@link #offset()}: where the read landed, or
     * copied to its start when {@code b} came from elsewhere. Valid until the next read.
     */
    ByteBuffer take(ByteBuf b) {
        boolean landed = b == target;
        target = null;
        if (landed) {
            offset = b.readerIndex();
        } else {
            int n = b.readableBytes();
            if (memory == null || memory.capacity() < n) memory = ByteBuffer.allocateDirect(Math.max(n, MIN_SIZE));
            b.readBytes(memory.duplicate().clear().limit(n));
            offset = 0;
        }
        return memory;
    }

    /** Where the bytes of the last {@link #take} start. */
    int offset() {
        return offset;
    }
}
