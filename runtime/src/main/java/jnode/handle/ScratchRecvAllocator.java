package jnode.handle;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.util.UncheckedBooleanSupplier;

/**
 * A channel's own read sizing (Netty's adaptive one), with the reads landing in the loop's
 * {@link ReadScratch} instead of Netty's pool. Netty's epoll read loop allocates, reads and fires
 * channelRead in turn on the loop thread, which is what lets one scratch serve every read.
 */
final class ScratchRecvAllocator implements RecvByteBufAllocator {
    private final ReadScratch scratch;
    private final RecvByteBufAllocator sizing;

    ScratchRecvAllocator(ReadScratch scratch, RecvByteBufAllocator sizing) {
        this.scratch = scratch;
        this.sizing = sizing;
    }

    @Override
    public Handle newHandle() {
        return new ScratchHandle(sizing.newHandle());
    }

    /** The channel's own handle in every respect but where the bytes go. */
    private final class ScratchHandle extends DelegatingHandle implements ExtendedHandle {
        ScratchHandle(Handle sizing) {
            super(sizing);
        }

        @Override
        public ByteBuf allocate(ByteBufAllocator ignored) {
            return scratch.target(guess());
        }

        // Netty's epoll channels need the extended form; their default handles all have it.
        @Override
        public boolean continueReading(UncheckedBooleanSupplier maybeMoreDataSupplier) {
            return ((ExtendedHandle) delegate()).continueReading(maybeMoreDataSupplier);
        }
    }
}
