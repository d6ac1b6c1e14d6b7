package jnode.binding;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.RejectedExecutionException;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Garbage collections for a 'gc' PerformanceObserver (node's {@code performance} binding): while
 * JS watches, each of the JVM's collection notifications is posted to the loop as (kind, start in
 * System.nanoTime terms, duration in ms). The notifications come on a JMX thread, after the
 * collection; watching costs nothing when nobody observes. Also the event loop's start and idle
 * time, for eventLoopUtilization.
 */
public final class PerformanceBinding implements AutoCloseable {
    /** node's NODE_PERFORMANCE_GC_MINOR and NODE_PERFORMANCE_GC_MAJOR. */
    private static final int GC_MINOR = 1;
    private static final int GC_MAJOR = 4;

    private final Realm realm;
    private final NotificationListener listener = this::onNotification;
    private volatile Value onGc;

    PerformanceBinding(Realm realm) {
        this.realm = realm;
    }

    /** Starts reporting collections to {@code onGc(kind, startNanos, durationMs)}. */
    @HostAccess.Export
    public void watchGc(Value onGc) {
        if (this.onGc == null) {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) emitter.addNotificationListener(listener, null, null);
            }
        }
        this.onGc = onGc;
    }

    /** When the event loop started (the main script had returned), in hrtime nanoseconds; -1 before. */
    @HostAccess.Export
    public double loopStartNanos() {
        return realm.loop().startNanos();
    }

    /**
     * The realm's start-up milestones in hrtime nanoseconds: its time origin, when its engine
     * context began and finished building, when the bootstrap was done (-1 before).
     */
    @HostAccess.Export
    public double[] startMilestoneNanos() {
        long[] m = realm.startMilestones();
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) out[i] = m[i];
        return out;
    }

    /** The bootstrap is done: the main script runs next. */
    @HostAccess.Export
    public void markBootstrapped() {
        realm.markBootstrapped();
    }

    /** The event loop has ended for good (after 'beforeExit', before 'exit'). */
    @HostAccess.Export
    public void markLoopExit() {
        realm.loop().markExited();
    }

    /** When the event loop ended, in hrtime nanoseconds; -1 before. */
    @HostAccess.Export
    public double loopExitNanos() {
        return realm.loop().exitNanos();
    }

    /** How long the event loop has waited for events since it started, in nanoseconds. */
    @HostAccess.Export
    public double loopIdleNanos() {
        return realm.loop().idleNanos();
    }

    @HostAccess.Export
    public void unwatchGc() {
        if (onGc == null) return;
        onGc = null;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException e) {
                    // this collector never had it
                }
            }
        }
    }

    @Override
    public void close() {
        unwatchGc();
    }

    private void onNotification(Notification n, Object handback) {
        Value fn = onGc;
        if (fn == null || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        // The JVM sends the notification as the collection ends. GcInfo's own start time counts from
        // a zero of its own, tens of ms off the clock RuntimeMXBean's uptime and JS read.
        double duration = info.getGcInfo().getDuration();
        double startNanos = System.nanoTime() - duration * 1_000_000.0;
        int kind = info.getGcAction().contains("major") ? GC_MAJOR : GC_MINOR;
        try {
            realm.loop().post(() -> {
                if (onGc == fn) realm.invoke(fn, kind, startNanos, duration);
            });
        } catch (RejectedExecutionException e) {
            // the loop has ended: nobody is left to observe
        }
    }
}
