package jnode.handle;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;

/**
 * Where socket reads land on their way to JS: one direct slab shared by every stream handle of a
 * loop, carved read by read, as node's stream reads share memory. The kernel reads straight into
 * it ({@link #target}, through {@link SlabRecvAllocator}), and JS gets the slab and an offset, so a
 * read costs no copy and no {@code allocateDirect}, and JS wraps a slab as an ArrayBuffer once, not
 * once per read. A read that may be bigger than {@link #MAX_SHARED} lands in memory of its own,
 * which goes to JS whole when the read filled at least half of it and more than
 * {@link #MAX_SHARED}, and is otherwise kept for the next read, the bytes copied out. A JS Buffer
 * keeps its whole slab alive, as a slice of node's pool does; the slab is never written where a
 * read has already been handed out.
 */
public final class ReadSlab {
    private static final int SIZE = 64 * 1024;
    private static final int MAX_SHARED = 8 * 1024;

    private ByteBuffer slab;
    private int used;
    private int last;
    /** Memory of its own for the next big read, until one fills it past MAX_SHARED. */
    private ByteBuffer own;
    /** The buffer the last {@link #target} handed out, and where it points. */
    private ByteBuf target;
    private ByteBuffer targetMemory;
    private int targetOffset;

    /** Where the next read of up to {@code guess} bytes goes: an empty buffer over memory JS will own. */
    ByteBuf target(int guess) {
        if (guess > MAX_SHARED) {
            if (own == null || own.capacity() < guess) own = ByteBuffer.allocateDirect(guess);
            targetMemory = own;
            targetOffset = 0;
        } else {
            if (slab == null || SIZE - used < guess) newSlab();
            targetMemory = slab;
            targetOffset = used;
        }
        // A wrapped buffer never frees the memory on release; the GC does, once JS lets go.
        target = Unpooled.wrappedBuffer(targetMemory.slice(targetOffset, guess)).clear();
        return target;
    }

    /** The memory {@code b}'s readable bytes are in; {@link #offset()} says where they start. */
    ByteBuffer take(ByteBuf b) {
        int n = b.readableBytes();
        boolean landed = b == target && b.readerIndex() == 0;
        target = null;
        if (landed && targetMemory == slab) {
            last = targetOffset;
            used = targetOffset + n;
            return slab;
        }
        // JS keeps what it gets whole: memory of its own goes only when the read filled half of
        // it (node shrinks a read's memory to the bytes read); a smaller read is copied out.
        if (landed && n > MAX_SHARED && n >= targetMemory.capacity() / 2) {
            own = null;
            last = 0;
            return targetMemory;
        }
        if (n > MAX_SHARED) {
            ByteBuffer mine = ByteBuffer.allocateDirect(n);
            b.readBytes(mine.duplicate());
            last = 0;
            return mine;
        }
        if (slab == null || SIZE - used < n) newSlab();
        b.readBytes(slab.duplicate().position(used).limit(used + n));
        last = used;
        used += n;
        return slab;
    }

    /** Where the bytes of the last {@link #take} start. */
    int offset() {
        return last;
    }

    private void newSlab() {
        slab = ByteBuffer.allocateDirect(SIZE);
        used = 0;
    }
}
