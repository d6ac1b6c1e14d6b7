package jnode.handle;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;

/**
 * Where socket reads land on their way to JS: one direct slab shared by every stream handle of a
 * loop, carved read by read, as node's stream reads share memory. A read gets the slab and an
 * offset, so small reads cost no {@code allocateDirect} (malloc, zeroing, a Cleaner for the GC)
 * and JS wraps a slab as an ArrayBuffer once, not once per read. A read bigger than
 * {@link #MAX_SHARED} gets memory of its own. A JS Buffer keeps its whole slab alive, as a slice
 * of node's pool does; the slab is never written where a read has already been handed out.
 */
public final class ReadSlab {
    private static final int SIZE = 64 * 1024;
    private static final int MAX_SHARED = 8 * 1024;

    private ByteBuffer slab;
    private int used;
    private int last;

    /** The memory {@code b}'s readable bytes were copied into; {@link #offset()} says where. */
    ByteBuffer take(ByteBuf b) {
        int n = b.readableBytes();
        if (n > MAX_SHARED) {
            ByteBuffer own = ByteBuffer.allocateDirect(n);
            b.readBytes(own.duplicate());
            last = 0;
            return own;
        }
        if (slab == null || SIZE - used < n) {
            slab = ByteBuffer.allocateDirect(SIZE);
            used = 0;
        }
        b.readBytes(slab.duplicate().position(used).limit(used + n));
        last = used;
        used += n;
        return slab;
    }

    /** Where the bytes of the last {@link #take} start. */
    int offset() {
        return last;
    }
}
