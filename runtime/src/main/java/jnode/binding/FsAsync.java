package jnode.binding;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jnode.posix.ErrnoException;
import jnode.runtime.EventLoop;
import jnode.runtime.Realm;
import org.graalvm.polyglot.Value;

/**
 * Where async fs work runs (libuv's threadpool): four daemon threads, created on first use. Each
 * request holds a loop ref from submission until its callback has run on the loop thread. Also
 * the one blocking reader for stdin, whose ref JS can drop while the stream is paused.
 */
final class FsAsync implements AutoCloseable {
    /** One unit of fs work: a result for JS, or a failure that becomes {@code -errno}. */
    interface Op {
        Object run() throws ErrnoException;
    }

    private final Realm realm;
    private final EventLoop loop;
    private ThreadPoolExecutor pool;
    private ExecutorService reader;
    private boolean readerPending;
    private boolean readerRefd = true;

    FsAsync(Realm realm) {
        this.realm = realm;
        this.loop = realm.loop();
    }

    static Object call(Op op) {
        try {
            return op.run();
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** Runs {@code op} on the pool and calls {@code cb(result)} on the loop thread (loop thread only). */
    void submit(Op op, Value cb) {
        if (pool == null) pool = newPool(4, "jnode-fs");
        dispatch(pool, op, cb, true);
    }

    /** A blocking read (stdin): on its own thread, so it never starves the pool. */
    void submitBlocking(Op op, Value cb) {
        if (reader == null) reader = newPool(1, "jnode-stdin");
        readerPending = true;
        if (readerRefd) loop.ref();
        try {
            reader.execute(() -> {
                Object r = call(op);
                loop.post(() -> {
                    readerPending = false;
                    if (readerRefd) loop.unref();
                    realm.invoke(cb, r);
                });
            });
        } catch (RejectedExecutionException e) {
            readerPending = false;
            if (readerRefd) loop.unref();
        }
    }

    /** Whether a pending blocking read keeps the loop alive (a paused stdin does not). */
    void refBlocking(boolean on) {
        if (on == readerRefd) return;
        readerRefd = on;
        if (readerPending) {
            if (on) loop.ref();
            else loop.unref();
        }
    }

    private void dispatch(ExecutorService exec, Op op, Value cb, boolean ref) {
        if (ref) loop.ref();
        try {
            exec.execute(() -> {
                Object r = call(op);
                loop.post(() -> {
                    try {
                        realm.invoke(cb, r);
                    } finally {
                        if (ref) loop.unref();
                    }
                });
            });
        } catch (RejectedExecutionException e) {
            if (ref) loop.unref();
        }
    }

    private static ThreadPoolExecutor newPool(int threads, String name) {
        ThreadPoolExecutor p = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            });
        p.allowCoreThreadTimeOut(true);
        return p;
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
        if (reader != null) reader.shutdownNow();
    }
}
