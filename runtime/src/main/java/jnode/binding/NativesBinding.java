package jnode.binding;

import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Source and compilation of code (Node's {@code builtins} and {@code contextify} bindings):
 * built-in modules come from the jar, user code is compiled here so stack traces name its file.
 */
public final class NativesBinding {
    private final Realm realm;

    NativesBinding(Realm realm) {
        this.realm = realm;
    }

    /** The source of built-in module {@code id} (e.g. "events", "internal/errors"), or null. */
    @HostAccess.Export
    public String source(String id) {
        return Realm.natives(id);
    }

    /**
     * Compiles {@code code} as a script named {@code filename} and returns its completion value;
     * loaders wrap module code in a function expression and get that function back.
     */
    @HostAccess.Export
    public Value compile(String code, String filename) {
        Source src = Source.newBuilder("js", code, filename).buildLiteral();
        return realm.context().eval(src);
    }
}
