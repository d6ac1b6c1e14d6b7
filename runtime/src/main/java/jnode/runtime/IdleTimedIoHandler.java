package jnode.runtime;

import io.netty.channel.IoHandle;
import io.netty.channel.IoHandler;
import io.netty.channel.IoHandlerContext;
import io.netty.channel.IoRegistration;

/**
 * Netty's epoll handler, timed: how long the loop has waited in epoll_wait with nothing to do (what
 * libuv counts as the loop's idle time). Each {@link #run} is the wait plus the handling of what
 * became ready, and Netty's handler reports the handling time when asked to, so the rest is the wait.
 */
final class IdleTimedIoHandler implements IoHandler {
    private final IoHandler epoll;
    private final TimedContext timed = new TimedContext();
    private long idleNanos;

    IdleTimedIoHandler(IoHandler epoll) {
        this.epoll = epoll;
    }

    /** The loop's idle time so far, in nanoseconds (loop thread only). */
    long idleNanos() {
        return idleNanos;
    }

    @Override
    public int run(IoHandlerContext context) {
        // With tasks waiting the poll does not block, so there is no wait to time: a busy loop
        // (a server under load) pays nothing for the timing.
        if (!context.canBlock()) return epoll.run(context);
        timed.outer = context;
        timed.activeNanos = 0;
        long start = System.nanoTime();
        int handled = epoll.run(timed);
        idleNanos += Math.max(0, System.nanoTime() - start - timed.activeNanos);
        return handled;
    }

    @Override
    public void initialize() {
        epoll.initialize();
    }

    @Override
    public void prepareToDestroy() {
        epoll.prepareToDestroy();
    }

    @Override
    public void destroy() {
        epoll.destroy();
    }

    @Override
    public IoRegistration register(IoHandle handle) throws Exception {
        return epoll.register(handle);
    }

    @Override
    public void wakeup() {
        epoll.wakeup();
    }

    @Override
    public boolean isCompatible(Class<? extends IoHandle> handleType) {
        return epoll.isCompatible(handleType);
    }

    /** The loop's own context, with the handling time always reported (and passed on when wanted). */
    private static final class TimedContext implements IoHandlerContext {
        IoHandlerContext outer;
        long activeNanos;

        @Override
        public boolean canBlock() {
            return outer.canBlock();
        }

        @Override
        public long delayNanos(long currentTimeNanos) {
            return outer.delayNanos(currentTimeNanos);
        }

        @Override
        public long deadlineNanos() {
            return outer.deadlineNanos();
        }

        @Override
        public boolean shouldReportActiveIoTime() {
            return true;
        }

        @Override
        public void reportActiveIoTime(long nanos) {
            activeNanos += nanos;
            if (outer.shouldReportActiveIoTime()) outer.reportActiveIoTime(nanos);
        }
    }
}
