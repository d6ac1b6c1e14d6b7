package jnode.runtime;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.graalvm.polyglot.Value;

/**
 * Calls from Java threads into JS. Each is queued onto the loop, where {@link ValueMapping#call}
 * makes it; the future completes on the loop thread. Calls still pending when the runtime ends fail,
 * so that no caller waits forever.
 */
public final class LoopCalls {
    private final Realm realm;
    private final Set<CompletableFuture<Object>> pending = ConcurrentHashMap.newKeySet();

    LoopCalls(Realm realm) {
        this.realm = realm;
    }

    /** Calls the function {@code target} yields (on the loop thread) with {@code args}. Any thread. */
    public CompletableFuture<Object> submit(Supplier<Value> target, Object[] args) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        pending.add(result);
        result.whenComplete((v, t) -> pending.remove(result));
        try {
            realm.loop().post(() -> run(target, args, result));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(ended());
        }
        return result;
    }

    private void run(Supplier<Value> target, Object[] args, CompletableFuture<Object> result) {
        if (realm.exitCode() != null) {
            result.completeExceptionally(ended());
            return;
        }
        try {
            realm.values().call(target.get(), args, result);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    /** Fails every call still pending; the runtime has ended. Any thread. */
    public void failPending() {
        for (CompletableFuture<Object> f : pending) f.completeExceptionally(ended());
    }

    private static IllegalStateException ended() {
        return new IllegalStateException("the jnode runtime has ended");
    }
}
