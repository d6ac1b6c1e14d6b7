package jnode.handle;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.util.UncheckedBooleanSupplier;

/**
 * A channel's own read sizing (Netty's adaptive one), with the reads landing in a
 * {@link ReadSlab} instead of Netty's pool, so the bytes need no copy into memory JS owns. Netty's
 * epoll read loop allocates, reads and fires channelRead in turn on the loop thread, which is
 * what lets the slab hand out one read target at a time.
 */
final class SlabRecvAllocator implements RecvByteBufAllocator {
    private final ReadSlab slab;
    private final RecvByteBufAllocator sizing;

    SlabRecvAllocator(ReadSlab slab, RecvByteBufAllocator sizing) {
        this.slab = slab;
        this.sizing = sizing;
    }

    @Override
    public Handle newHandle() {
        return new SlabHandle(sizing.newHandle());
    }

    /** The channel's own handle in every respect but where the bytes go. */
    private final class SlabHandle extends DelegatingHandle implements ExtendedHandle {
        SlabHandle(Handle sizing) {
            super(sizing);
        }

        @Override
        public ByteBuf allocate(ByteBufAllocator ignored) {
            return slab.target(guess());
        }

        // Netty's epoll channels need the extended form; their default handles all have it.
        @Override
        public boolean continueReading(UncheckedBooleanSupplier maybeMoreDataSupplier) {
            return ((ExtendedHandle) delegate()).continueReading(maybeMoreDataSupplier);
        }
    }
}
