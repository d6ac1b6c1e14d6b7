package jnode.runtime;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import jnode.JsException;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * Calls from Java threads into JS. Each is queued onto the loop; a promise it returns is awaited
 * there; the future completes on the loop thread. Calls still pending when the runtime ends fail,
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
        ValueMapping values = realm.values();
        try {
            Value fn = target.get();
            Object[] jsArgs = new Object[args.length];
            for (int i = 0; i < args.length; i++) jsArgs[i] = values.toJs(args[i]);
            settle(realm.call(fn, jsArgs), result);
        } catch (PolyglotException e) {
            result.completeExceptionally(values.exception(e.getGuestObject()));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    /** Completes {@code result} with {@code value}, or with what it settles to if it is a promise. */
    void settle(Value value, CompletableFuture<Object> result) {
        ValueMapping values = realm.values();
        if (!ValueMapping.isThenable(value)) {
            result.complete(values.toJava(value));
            return;
        }
        ProxyExecutable resolve = a -> complete(result, () -> values.toJava(a.length > 0 ? a[0] : null));
        ProxyExecutable reject = a -> complete(result, () -> {
            throw values.exception(a.length > 0 ? a[0] : null);
        });
        value.invokeMember("then", resolve, reject);
    }

    private static Object complete(CompletableFuture<Object> result, Supplier<Object> outcome) {
        try {
            result.complete(outcome.get());
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
        return null;
    }

    /** Fails every call still pending; the runtime has ended. Any thread. */
    public void failPending() {
        for (CompletableFuture<Object> f : pending) f.completeExceptionally(ended());
    }

    private static IllegalStateException ended() {
        return new IllegalStateException("the jnode runtime has ended");
    }
}
