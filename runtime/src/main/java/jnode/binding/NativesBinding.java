package jnode.binding;

import jnode.runtime.Realm;
import jnode.runtime.StartupTrace;
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

    /**
     * Parses {@code code} as a script named {@code filename} without running it (a syntax error
     * throws now); executing the result runs it in the global scope (vm.Script).
     */
    @HostAccess.Export
    public Value parse(String code, String filename) {
        return realm.context().parse(Source.newBuilder("js", code, filename).buildLiteral());
    }

    /** Under JNODE_DEBUG_STARTUP, prints a start-up phase with its time; false when tracing is off. */
    @HostAccess.Export
    public boolean trace(String phase) {
        StartupTrace.mark(phase);
        return StartupTrace.ON;
    }
}
