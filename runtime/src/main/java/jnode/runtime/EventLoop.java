package jnode.runtime;

import io.netty.channel.IoEventLoop;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that runs JavaScript: a single-threaded Netty epoll loop (libuv's uv_loop_t).
 * Sockets register on it, timers are its scheduled tasks, and blocking work posts results back.
 *
 * <p>Like libuv it counts ref'd handles and requests. When the count reaches zero and the queue has
 * drained, {@link IdleListener#onIdle} runs ('beforeExit' in JS); if that adds no work, the loop stops.
 */
public final class EventLoop {
    /** What the realm does when nothing ref'd is left; returns true to keep the loop going. */
    public interface IdleListener {
        boolean onIdle();
    }

    /** JS recursion needs a deep stack: 1 MB holds about 500 frames, 64 MB about 50k (node: ~11k). */
    private static final long STACK_SIZE = 64L * 1024 * 1024;

    private final MultiThreadIoEventLoopGroup group;
    private final IoEventLoop loop;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private IdleListener idleListener = () -> false;
    private int refs;
    /** Tasks that run only while something keeps the loop alive (see postWhenAlive). */
    private final java.util.ArrayDeque<Runnable> whenAlive = new java.util.ArrayDeque<>();
    private boolean idleCheckQueued;
    private boolean stopping;
    /** The loop's I/O handler, which the group's factory makes while the group is built. */
    private volatile IdleTimedIoHandler timedHandler;
    private long startNanos = -1;
    private long exitNanos = -1;
    private long idleBeforeStart;

    public EventLoop(String threadName) {
        ThreadFactory factory = r -> {
            Thread t = new Thread(null, r, threadName, STACK_SIZE);
            t.setDaemon(false);
            return t;
        };
        IoHandlerFactory epoll = EpollIoHandler.newFactory();
        group = new MultiThreadIoEventLoopGroup(1, factory, executor -> {
            timedHandler = new IdleTimedIoHandler(epoll.newHandler(executor));
            return timedHandler;
        });
        loop = group.next();
    }

    /** From now on the loop is running: the realm's main script has returned (loop thread only). */
    public void markStarted() {
        startNanos = System.nanoTime();
        idleBeforeStart = timedHandler.idleNanos();
    }

    /** When {@link #markStarted} was called, in System.nanoTime terms; -1 before. */
    public long startNanos() {
        return startNanos;
    }

    /** The loop has run out of work for good: what is left is the exit (loop thread only). */
    public void markExited() {
        exitNanos = System.nanoTime();
    }

    /** When {@link #markExited} was called, in System.nanoTime terms; -1 before. */
    public long exitNanos() {
        return exitNanos;
    }

    /** How long the loop has waited for events since {@link #markStarted} (loop thread only). */
    public long idleNanos() {
        return startNanos < 0 ? 0 : timedHandler.idleNanos() - idleBeforeStart;
    }

    /** The Netty loop, for handles that register channels on it. */
    public IoEventLoop netty() {
        return loop;
    }

    public boolean inLoop() {
        return loop.inEventLoop();
    }

    public void setIdleListener(IdleListener listener) {
        this.idleListener = listener;
    }

    /** Runs {@code task} on the loop thread; safe from any thread. */
    public void post(Runnable task) {
        loop.execute(task);
    }

    /** Runs {@code task} after {@code delayMs}; the caller refs the loop if it should stay alive. */
    public ScheduledFuture<?> schedule(Runnable task, long delayMs) {
        return loop.schedule(task, delayMs, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs {@code task} on the loop if it is still alive: now when something is ref'd, else
     * after the idle check, only if that check finds new work (libuv's check phase comes after
     * the loop-alive test).
     */
    public void postWhenAlive(Runnable task) {
        if (refs > 0) {
            post(task);
        } else {
            whenAlive.add(task);
            queueIdleCheck();
        }
    }

    /** One more ref'd handle or request keeps the loop alive (loop thread only). */
    public void ref() {
        if (refs++ == 0) {
            while (!whenAlive.isEmpty()) post(whenAlive.poll());
        }
    }

    /** One fewer; at zero, an idle check is queued behind whatever is pending (loop thread only). */
    public void unref() {
        if (--refs <= 0) {
            refs = 0;
            queueIdleCheck();
        }
    }

    public int refs() {
        return refs;
    }

    /**
     * Queues the idle check: called after the main script and whenever the ref count hits zero.
     * It is a scheduled task, so one I/O poll runs before it: events already waiting (a dead
     * child's pipes reach EOF before its exit status, which a reaper thread posts) are read before
     * the loop may end, as libuv tests loop-alive only after its poll phase.
     */
    public void queueIdleCheck() {
        if (idleCheckQueued || stopping) return;
        idleCheckQueued = true;
        loop.schedule(this::idleCheck, 0, TimeUnit.NANOSECONDS);
    }

    private void idleCheck() {
        idleCheckQueued = false;
        if (refs > 0 || stopping) return;
        // A task may still be queued behind us (a result posted by a worker thread holds a ref, so
        // this is only about same-thread tasks): let them run first.
        if (loop instanceof io.netty.util.concurrent.SingleThreadEventExecutor s && s.pendingTasks() > 0) {
            queueIdleCheck();
            return;
        }
        if (!idleListener.onIdle() && refs == 0) stop();
    }

    /** Stops the loop: pending callbacks are dropped, as when node's process exits. */
    public void stop() {
        if (stopping) return;
        stopping = true;
        group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS)
            .addListener(f -> stopped.complete(null));
    }

    public boolean isStopping() {
        return stopping;
    }

    /** Completes once the loop thread has ended. */
    public CompletableFuture<Void> stopped() {
        return stopped;
    }
}
