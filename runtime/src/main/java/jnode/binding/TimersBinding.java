package jnode.binding;

import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import jnode.runtime.EventLoop;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Node's {@code timers} binding: one loop timer for all of JS's timer lists, and the check-phase
 * task that runs immediates. JS keeps the lists (lib/internal/timers.js does the same over libuv);
 * Java only says when.
 */
public final class TimersBinding implements AutoCloseable {
    private final Realm realm;
    private final EventLoop loop;
    private Value processTimers;
    private Value processImmediate;
    private ScheduledFuture<?> timer;
    private boolean timerRef;
    private boolean immediateRef;
    private boolean immediateQueued;

    TimersBinding(Realm realm) {
        this.realm = realm;
        this.loop = realm.loop();
    }

    /**
     * {@code processTimers(now)} runs one due timer and returns the next expiry (> 0 ref'd,
     * < 0 unref'd, 0 none); {@code processImmediate()} runs one immediate and says if more remain.
     */
    @HostAccess.Export
    public void setupTimers(Value processImmediate, Value processTimers) {
        this.processImmediate = processImmediate;
        this.processTimers = processTimers;
    }

    /** The loop time in ms, refreshed (node's getLibuvNow). */
    @HostAccess.Export
    public double now() {
        return realm.loopTime();
    }

    /** Arms the one loop timer to fire in {@code ms}, replacing any earlier arming. */
    @HostAccess.Export
    public void scheduleTimer(double ms) {
        if (timer != null) timer.cancel(false);
        timer = loop.schedule(this::fire, Math.max(1, (long) ms));
    }

    // One timer per call, so nextTicks and promise jobs run between timers as in node. The phase
    // keeps the time it started with, so a timer that a callback adds waits for the next phase.
    private void fire() {
        timer = null;
        double now = realm.loopTime();
        double next;
        do {
            Value v = realm.invoke(processTimers, now);
            if (realm.exitCode() != null) return;
            // A timer that threw (and was handled by 'uncaughtException') returns nothing:
            // go on with the rest, as node does.
            next = v == null || !v.fitsInDouble() ? now : v.asDouble();
        } while (next != 0 && Math.abs(next) <= now);
        // The callbacks (or the nextTicks and promise jobs after them) may have armed the timer
        // for an earlier expiry meanwhile: keep that one, or a timer set there waits for `next`.
        double wait = Math.abs(next) - realm.loopTime();
        if (next != 0 && (timer == null || timer.getDelay(TimeUnit.MILLISECONDS) > wait)) {
            scheduleTimer(wait);
        }
    }

    @HostAccess.Export
    public void toggleTimerRef(boolean ref) {
        if (ref == timerRef) return;
        timerRef = ref;
        if (ref) loop.ref(); else loop.unref();
    }

    @HostAccess.Export
    public void toggleImmediateRef(boolean ref) {
        if (ref == immediateRef) return;
        immediateRef = ref;
        if (ref) loop.ref(); else loop.unref();
    }

    /** Queues one run of the immediate queue behind the I/O and tasks already pending. */
    @HostAccess.Export
    public void requestImmediate() {
        if (immediateQueued) return;
        immediateQueued = true;
        loop.post(this::runImmediates);
    }

    private void runImmediates() {
        // With nothing ref'd, node's loop ends before its check phase: unref'd immediates
        // run only if something keeps the loop alive.
        if (loop.refs() == 0) {
            loop.postWhenAlive(this::runImmediates);
            return;
        }
        immediateQueued = false;
        // node's loop runs due timers before the check phase.
        if (timer != null && timer.getDelay(TimeUnit.MILLISECONDS) <= 0) {
            timer.cancel(false);
            fire();
        }
        Value more;
        do {
            more = realm.invoke(processImmediate);
            if (realm.exitCode() != null) return;
        } while (more == null || (more.isBoolean() && more.asBoolean()));
    }

    @Override
    public void close() {
        if (timer != null) timer.cancel(false);
        timer = null;
    }
}
