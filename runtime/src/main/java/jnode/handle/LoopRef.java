package jnode.handle;

import jnode.runtime.EventLoop;

/**
 * A handle's hold on the event loop, counted as libuv counts it: the loop stays alive while the
 * handle is ref'd and active. What "active" means is the handle's own business (a stream that
 * listens or reads, a UDP socket that receives or has sends in flight).
 */
final class LoopRef {
    private final EventLoop loop;
    private boolean refed = true;
    private boolean holding;

    LoopRef(EventLoop loop) {
        this.loop = loop;
    }

    boolean refed() {
        return refed;
    }

    /** ref() / unref(), then the hold as {@code active} now says. */
    void setRefed(boolean refed, boolean active) {
        this.refed = refed;
        update(active);
    }

    /** Takes or lets go of the loop as the handle's activity now says. */
    void update(boolean active) {
        boolean want = refed && active;
        if (want == holding) return;
        holding = want;
        if (want) loop.ref(); else loop.unref();
    }
}
