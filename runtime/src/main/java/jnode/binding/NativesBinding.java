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
    /** What a built-in module's code is wrapped in: a function the bootstrap calls with these. */
    private static final String BUILTIN_HEAD = "(function (exports, require, module, internalBinding, process) {";
    private static final String BUILTIN_TAIL = "\n})";

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
        return realm.context().eval(scriptSource(code, filename));
    }

    /** Compiles built-in module {@code id}'s {@code source} into its wrapper function. */
    @HostAccess.Export
    public Value compileBuiltin(String id, String source) {
        return realm.context().eval(builtinSource(id, source));
    }

    /**
     * The source the engine compiles for a built-in module. Equal sources share one parse, so
     * parsing them early (a fork spare while it waits) makes their later load cheaper.
     */
    public static Source builtinSource(String id, String source) {
        return Source.newBuilder("js", BUILTIN_HEAD + source + BUILTIN_TAIL, "node:" + id).buildLiteral();
    }

    /** A file's script carries its path, so that import() in it resolves against that file. */
    private static Source scriptSource(String code, String filename) {
        if (!filename.startsWith("/")) return Source.newBuilder("js", code, filename).buildLiteral();
        return Source.newBuilder("js", new java.io.File(filename)).content(code).name(filename).buildLiteral();
    }

    /** Sets the ESM loader's resolve hook: (referrer path or null, specifier) -> module key. */
    @HostAccess.Export
    public void setImportHook(Value hook) {
        realm.setImportHook(hook);
    }

    /** Defines the source text the engine reads when it links the module {@code key}. */
    @HostAccess.Export
    public void defineModule(String key, String source) {
        realm.defineModuleSource(key, source);
    }

    /** Runs {@code code} as an ES module named {@code name} now and returns its namespace. */
    @HostAccess.Export
    public Value evalModule(String code, String name) {
        return realm.context().eval(Source.newBuilder("js", code, name)
            .mimeType("application/javascript+module").buildLiteral());
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
