package jnode.handle;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelConfig;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.util.UncheckedBooleanSupplier;

/**
 * A channel's own read sizing (Netty's adaptive one), with the reads landing in a {@link ReadSlab} instead of Netty's
 * pool, so the bytes need no copy into memory JS owns. Netty's epoll read loop allocates, reads
 * and fires channelRead in turn on the loop thread, which is what lets the slab hand out one read
 * target at a time.
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
        return new SlabHandle((ExtendedHandle) sizing.newHandle());
    }

    /** The channel's own handle in every respect but where the bytes go. */
    private final class SlabHandle implements ExtendedHandle {
        private final ExtendedHandle sizing;

        SlabHandle(ExtendedHandle sizing) {
            this.sizing = sizing;
        }

        @Override
        public ByteBuf allocate(ByteBufAllocator ignored) {
            return slab.target(sizing.guess());
        }

        @Override
        public int guess() {
            return sizing.guess();
        }

        @Override
        public void reset(ChannelConfig config) {
            sizing.reset(config);
        }

        @Override
        public void incMessagesRead(int numMessages) {
            sizing.incMessagesRead(numMessages);
        }

        @Override
        public void lastBytesRead(int bytes) {
            sizing.lastBytesRead(bytes);
        }

        @Override
        public int lastBytesRead() {
            return sizing.lastBytesRead();
        }

        @Override
        public void attemptedBytesRead(int bytes) {
            sizing.attemptedBytesRead(bytes);
        }

        @Override
        public int attemptedBytesRead() {
            return sizing.attemptedBytesRead();
        }

        @Override
        public boolean continueReading() {
            return sizing.continueReading();
        }

        @Override
        public boolean continueReading(UncheckedBooleanSupplier maybeMoreDataSupplier) {
            return sizing.continueReading(maybeMoreDataSupplier);
        }

        @Override
        public void readComplete() {
            sizing.readComplete();
        }
    }
}
