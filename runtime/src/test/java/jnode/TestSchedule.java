package jnode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Runs jobs on a few threads at once, as node's test runner runs test/parallel. Jobs that share
 * a serial key (a fixed port, say) never overlap: while a key is busy its jobs wait in the queue,
 * and the next other job runs instead.
 */
final class TestSchedule<T, R> {
    private final Function<T, R> work;
    private final Map<T, String> keys = new HashMap<>();
    private final Deque<T> pending = new ArrayDeque<>();
    private final Set<String> busy = new HashSet<>();
    private final Map<T, CompletableFuture<R>> results = new ConcurrentHashMap<>();

    /** Starts {@code threads} daemon threads that run every job, in order where keys allow. */
    TestSchedule(List<T> jobs, int threads, Function<T, R> work, Function<T, String> serialKey) {
        this.work = work;
        for (T job : jobs) {
            results.put(job, new CompletableFuture<>());
            String key = serialKey.apply(job);
            if (key != null) keys.put(job, key);
        }
        // Jobs that share a key form one lane that nothing can shorten: it starts first, and the
        // other threads fill in around it.
        for (T job : jobs) if (keys.containsKey(job)) pending.add(job);
        for (T job : jobs) if (!keys.containsKey(job)) pending.add(job);
        for (int i = 0; i < threads; i++) Thread.ofPlatform().daemon().name("test-runner-" + i).start(this::loop);
    }

    /** What the job returned, waiting for it to run. */
    CompletableFuture<R> result(T job) {
        return results.get(job);
    }

    private void loop() {
        for (T job; (job = take()) != null; ) {
            try {
                results.get(job).complete(work.apply(job));
            } catch (Throwable e) {
                results.get(job).completeExceptionally(e);
            } finally {
                release(job);
            }
        }
    }

    private synchronized T take() {
        while (!pending.isEmpty()) {
            for (Iterator<T> it = pending.iterator(); it.hasNext(); ) {
                T job = it.next();
                String key = keys.get(job);
                if (key == null || busy.add(key)) {
                    it.remove();
                    return job;
                }
            }
            try {
                wait();
            } catch (InterruptedException e) {
                return null;
            }
        }
        return null;
    }

    private synchronized void release(T job) {
        String key = keys.get(job);
        if (key != null) busy.remove(key);
        notifyAll();
    }
}
