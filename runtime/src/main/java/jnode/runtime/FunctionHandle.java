package jnode.runtime;

import java.util.concurrent.CompletableFuture;
import jnode.JsFunction;
import org.graalvm.polyglot.Value;

/** A JS function that crossed into Java; each call is queued onto its realm's loop. */
final class FunctionHandle implements JsFunction {
    private final Realm realm;
    private final Value function;

    FunctionHandle(Realm realm, Value function) {
        this.realm = realm;
        this.function = function;
    }

    Realm realm() {
        return realm;
    }

    /** The function itself; loop thread only. */
    Value function() {
        return function;
    }

    @Override
    public CompletableFuture<Object> call(Object... args) {
        return realm.calls().submit(() -> function, args);
    }
}
