package jnode.runtime;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import jnode.JsException;
import jnode.JsFunction;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * How values cross between Java and JS (the rules {@link jnode.JNode} documents). What reaches
 * Java is a copy, safe to keep and use on any thread; functions and promises stay live, as
 * {@link JsFunction} and {@link CompletableFuture}. Loop thread only.
 */
public final class ValueMapping {
    private final Realm realm;
    /** Set by internal/embedding: call, settle, bufferOf, newObject, newArray, newDate, deferred, hostObject. */
    private Value helpers;

    ValueMapping(Realm realm) {
        this.realm = realm;
    }

    public void setHelpers(Value helpers) {
        this.helpers = helpers;
    }

    // --- JS to Java ---------------------------------------------------------------------------

    /** A JS value as Java: see {@link jnode.JNode} for the table. */
    public Object toJava(Value v) {
        return toJava(v, new ArrayDeque<>());
    }

    private Object toJava(Value v, ArrayDeque<Value> ancestors) {
        if (v == null || v.isNull()) return null;
        if (v.isBoolean()) return v.asBoolean();
        if (v.isString()) return v.asString();
        if (v.isNumber()) return number(v);
        if (v.isHostObject()) return v.asHostObject();
        if (v.isProxyObject()) return v.asProxyObject();
        if (v.canExecute()) return new FunctionHandle(realm, v);
        if (v.isException()) return exception(v);
        if (v.isInstant()) return v.asInstant();
        if (isThenable(v)) {
            CompletableFuture<Object> f = new CompletableFuture<>();
            realm.invoke(helpers.getMember("settle"), v, resolver(f), rejecter(f));
            return f;
        }
        if (isBytes(v)) return bytes(v);
        for (Value a : ancestors) {
            if (a.equals(v)) throw new IllegalArgumentException("a cyclic object cannot cross into Java");
        }
        ancestors.push(v);
        try {
            return container(v, ancestors);
        } finally {
            ancestors.pop();
        }
    }

    private Object container(Value v, ArrayDeque<Value> ancestors) {
        if (v.hasArrayElements()) {
            List<Object> list = new ArrayList<>((int) v.getArraySize());
            for (long i = 0; i < v.getArraySize(); i++) list.add(toJava(v.getArrayElement(i), ancestors));
            return list;
        }
        if (v.hasHashEntries()) {
            Map<Object, Object> map = new LinkedHashMap<>();
            Value it = v.getHashEntriesIterator();
            while (it.hasIteratorNextElement()) {
                Value entry = it.getIteratorNextElement();
                map.put(toJava(entry.getArrayElement(0), ancestors), toJava(entry.getArrayElement(1), ancestors));
            }
            return map;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (String key : v.getMemberKeys()) map.put(key, toJava(v.getMember(key), ancestors));
        return map;
    }

    private static Object number(Value v) {
        if (v.fitsInInt()) {
            return "bigint".equals(v.getMetaObject().getMetaSimpleName()) ? BigInteger.valueOf(v.asInt()) : (Object) v.asInt();
        }
        if (v.fitsInLong() && !"bigint".equals(v.getMetaObject().getMetaSimpleName())) return v.asLong();
        if (v.fitsInDouble()) return v.asDouble();
        return v.asBigInteger();
    }

    /** An ArrayBuffer, or a view of one (Buffer, Uint8Array, DataView...). */
    static boolean isBytes(Value v) {
        if (v.isHostObject()) return false;
        if (v.hasBufferElements()) return true;
        if (!v.hasMembers() || v.isString()) return false;
        Value buffer = v.getMember("buffer");
        return buffer != null && buffer.hasBufferElements() && v.hasMember("byteOffset");
    }

    private static byte[] bytes(Value v) {
        if (v.hasBufferElements()) return read(v, 0, (int) v.getBufferSize());
        return read(v.getMember("buffer"), v.getMember("byteOffset").asInt(), v.getMember("byteLength").asInt());
    }

    private static byte[] read(Value arrayBuffer, int offset, int length) {
        byte[] out = new byte[length];
        arrayBuffer.readBuffer(offset, out, 0, length);
        return out;
    }

    /**
     * Calls {@code fn} with {@code args} (Java values) and completes {@code result} with what it
     * returns or what the promise it returns settles to; what it throws or rejects with fails it.
     * The handlers are attached in the same turn, so a rejection is never taken as unhandled.
     */
    void call(Value fn, Object[] args, CompletableFuture<Object> result) {
        realm.invoke(helpers.getMember("call"), fn, toJs(Arrays.asList(args)), resolver(result), rejecter(result));
    }

    private ProxyExecutable resolver(CompletableFuture<Object> result) {
        return a -> complete(result, () -> toJava(a.length > 0 ? a[0] : null));
    }

    private ProxyExecutable rejecter(CompletableFuture<Object> result) {
        return a -> complete(result, () -> {
            throw exception(a.length > 0 ? a[0] : null);
        });
    }

    private static Object complete(CompletableFuture<Object> result, Supplier<Object> outcome) {
        try {
            result.complete(outcome.get());
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
        return null;
    }

    /** A thrown or rejected JS value as a {@link JsException}. */
    public JsException exception(Value err) {
        if (err == null || !err.isException()) {
            String text = err == null ? "undefined" : err.isString() ? err.asString() : err.toString();
            return new JsException(null, text, null, null);
        }
        return new JsException(string(err, "name"), String.valueOf(string(err, "message")),
            string(err, "code"), string(err, "stack"));
    }

    private static String string(Value obj, String key) {
        Value v = obj.getMember(key);
        return v != null && v.isString() ? v.asString() : null;
    }

    private static boolean isThenable(Value v) {
        if (v == null || !v.hasMembers() || v.isHostObject()) return false;
        Value then = v.getMember("then");
        return then != null && then.canExecute();
    }

    // --- Java to JS ---------------------------------------------------------------------------

    /** A Java value as JS: see {@link jnode.JNode} for the table. */
    public Object toJs(Object o) {
        if (o == null || o instanceof Value || o instanceof String || o instanceof Number
                || o instanceof Boolean || o instanceof Character) {
            return o;
        }
        if (o instanceof byte[] b) {
            ByteBuffer bb = ByteBuffer.allocateDirect(b.length).put(b).flip();
            return helpers.invokeMember("bufferOf", bb);
        }
        if (o instanceof FunctionHandle f && f.realm() == realm) return f.function();
        if (o instanceof JsFunction f) return (ProxyExecutable) args -> toJs(callJava(f, args));
        if (o instanceof CompletionStage<?> stage) return promise(stage.toCompletableFuture());
        if (o instanceof Instant t) return helpers.invokeMember("newDate", (double) t.toEpochMilli());
        if (o instanceof Map<?, ?> m) {
            Value obj = helpers.invokeMember("newObject");
            for (Map.Entry<?, ?> e : m.entrySet()) obj.putMember(String.valueOf(e.getKey()), toJs(e.getValue()));
            return obj;
        }
        if (o instanceof Collection<?> c) return array(c);
        if (o instanceof Object[] a) return array(Arrays.asList(a));
        return helpers.invokeMember("hostObject", o);
    }

    private Object callJava(JsFunction f, Value[] args) {
        Object[] javaArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) javaArgs[i] = toJava(args[i]);
        return f.call(javaArgs);
    }

    private Value array(Collection<?> c) {
        Value arr = helpers.invokeMember("newArray");
        long i = 0;
        for (Object e : c) arr.setArrayElement(i++, toJs(e));
        return arr;
    }

    /** A promise settled on the loop when {@code future} completes; pending, it keeps the loop alive. */
    private Value promise(CompletableFuture<?> future) {
        Value deferred = helpers.invokeMember("deferred");
        EventLoop loop = realm.loop();
        loop.ref();
        future.whenComplete((v, t) -> {
            try {
                loop.post(() -> {
                    loop.unref();
                    if (t == null) realm.invoke(deferred.getMember("resolve"), toJs(v));
                    else realm.invoke(deferred.getMember("reject"), String.valueOf(cause(t).getMessage()));
                });
            } catch (RejectedExecutionException e) {
                // The runtime has ended: no one is left to settle the promise for.
            }
        });
        return deferred.getMember("promise");
    }

    private static Throwable cause(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
