package jnode.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jnode.binding.Bindings;
import jnode.JsFunction;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * One JavaScript realm on one {@link EventLoop}: the GraalJS context, the bootstrap, and the single
 * door through which Java calls into JS ({@link #invoke}). After each call it runs the nextTick
 * queue; GraalJS drains promise jobs when the outermost call returns (platform.md), so the order is
 * node's: ticks, then microtasks, then the next macrotask.
 */
public final class Realm {
    private Config config;
    private final EventLoop loop;
    private final Bindings bindings;
    private final Context context;
    /** [0] = nextTick queue non-empty, [1] = rejections to process; written by JS. */
    private final ByteBuffer tickInfo = ByteBuffer.allocateDirect(8).order(ByteOrder.nativeOrder());
    private Value trampoline;
    private Value tickCallback;
    private Value fatalCallback;
    private Value idleCallback;
    private Integer exitCode;
    /**
     * This process's time origin as JS sees it (process.uptime, performance.now): when the realm
     * began to be built, or when a fork spare became its child. Then, in System.nanoTime terms,
     * when the engine's context began and finished building, and when the bootstrap had set up
     * process and globals (-1 before): node's nodeStart, v8Start, environment, bootstrapComplete.
     */
    private long origin = System.nanoTime();
    private long contextStarted;
    private long contextBuilt;
    private long bootstrapped = -1;
    private int depth;
    /** The working directory, per realm so that embedded runtimes do not share one. */
    private Path cwd;
    private final ValueMapping values = new ValueMapping(this);
    private final LoopCalls calls = new LoopCalls(this);
    private final Children children = new Children();
    /** The main script's module, whose exports an embedder calls. */
    private Value mainModule;
    /** ES module sources the engine links, as jnode's ESM loader prepared them. */
    private final ModuleFileSystem moduleSources = new ModuleFileSystem();
    /** The ESM loader's resolve function: (referrer path or null, specifier) -> module key. */
    private Value importHook;
    /** Why the realm ended, when an error did it: a {@link jnode.JsException} or an internal error. */
    private volatile RuntimeException failure;

    public Realm(Config config, EventLoop loop) {
        this.config = config;
        this.loop = loop;
        this.cwd = config.cwd().toAbsolutePath().normalize();
        this.bindings = new Bindings(this);
        this.contextStarted = System.nanoTime();
        this.context = newContext();
        // The first stack trace initializes the engine's frame-walking classes; when that first
        // one is a stack overflow (async recursion), their initialization fails, and every later
        // stack trace with it (NoClassDefFoundError: FrameInstance$FrameAccess, an internal error).
        initializeEarly("com.oracle.truffle.api.frame.FrameInstance$FrameAccess");
        installImportHook();
        this.contextBuilt = System.nanoTime();
        StartupTrace.mark("realm: context built");
        loop.setIdleListener(this::onIdle);
    }

    /** Initializes class {@code name} of the engine now, on a shallow stack. */
    private static void initializeEarly(String name) {
        try {
            Class.forName(name, true, Context.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private Context newContext() {
        Map<String, String> compilation = config.engine() == jnode.Engine.INTERPRETER
            ? Map.of("engine.Compilation", "false")
            // Truffle lowers its compile thresholds while the compile queue is idle, so a start
            // compiled a function after 25 calls, and that first compile warms the Graal compiler
            // up (C1 compiling its Java code): 0.35 s of wall and 0.7 s of CPU of every start
            // (console.log(1): 1.65 -> 1.30 s, require every built-in: 2.90 -> 2.62 s, fork to
            // first message: 2.8 -> 2.1 s). Hot code still compiles (the thresholds are Truffle's
            // documented ones, and still rise when the queue is busy): http hello's warm-up curve
            // and the hot loop's speed were unchanged (2026-11-27).
            : Map.of("engine.DynamicCompilationThresholdsMinScale", "1.0");
        try {
            return contextBuilder(compilation).build();
        } catch (IllegalArgumentException noSuchOption) {
            // Only the optimizing runtime knows these options; the fallback one interprets anyway.
            return contextBuilder(Map.of()).build();
        }
    }

    private Context.Builder contextBuilder(Map<String, String> compilation) {
        HostAccess access = HostAccess.newBuilder()
            .allowAccessAnnotatedBy(HostAccess.Export.class)
            .allowArrayAccess(true)
            .allowListAccess(true)
            .allowMapAccess(true)
            .allowBufferAccess(true)
            // Host methods that take these get values they can keep and use from any thread.
            .targetTypeMapping(Value.class, JsFunction.class, Value::canExecute, v -> (JsFunction) values.toJava(v))
            .targetTypeMapping(Value.class, byte[].class, ValueMapping::isBytes, v -> (byte[]) values.toJava(v))
            .build();
        Context.Builder b = Context.newBuilder("js")
            // Node's core is one EventEmitter and one stream state machine shared by sockets,
            // messages, servers and handles, so many sites see more than the default 5 shapes and
            // went to the generic lookup: 16 took http hello's plateau (after 85-100 s of wrk)
            // from 23-33 k to 42-57 k req/s in alternated runs; 32 was no better. JNODE_JS_OPTIONS,
            // read below, can set it back for comparison.
            .option("js.property-cache-limit", "16")
            .options(compilation);
        // JNODE_JS_OPTIONS="js.opt=value,..." tries an engine option without a rebuild.
        String extra = System.getenv("JNODE_JS_OPTIONS");
        if (extra != null) {
            for (String kv : extra.split(",")) {
                int eq = kv.indexOf('=');
                if (eq > 0) b.option(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return b
            .allowExperimentalOptions(true)
            .allowHostAccess(access)
            .option("engine.WarnInterpreterOnly", "false")
            // quit() is the one way to end a realm from JS that no JS catch can intercept.
            .option("js.shell", "true")
            .option("js.print", "false")
            .option("js.load", "false")
            .option("js.polyglot-builtin", "false")
            .option("js.java-package-globals", "false")
            .option("js.global-arguments", "false")
            .option("js.stack-trace-api", "true")
            .option("js.error-cause", "true")
            // V8's longest string (2 ** 29 - 24), which node's buffer.constants.MAX_STRING_LENGTH
            // reports and its ERR_STRING_TOO_LONG checks; GraalJS's own is twice that.
            .option("js.string-length-limit", "536870888")
            .option("js.text-encoding", "true")
            .option("js.top-level-await", "true")
            // AsyncLocalStorage keeps its store across await (async_hooks).
            .option("js.async-context", "true")
            // vm.createContext: a new global per context, with the engine's own builtins.
            .option("js.v8-realm-builtin", "true")
            .option("js.unhandled-rejections", "handler")
            // ES modules: the engine reads only what the ESM loader defined (ModuleFileSystem);
            // its "MLE" builtin is the engine's one hook for resolving import specifiers.
            .allowIO(IOAccess.newBuilder().fileSystem(moduleSources).build())
            .option("js.mle-mode", "true")
            .option("js.esm-eval-returns-exports", "true");
    }

    /**
     * Every import specifier, static or import(), goes to the ESM loader's hook; the engine then
     * takes the module it already holds under the returned key, or reads that key's source. The
     * hook's own global goes away before any user code runs (node has no such global).
     */
    private void installImportHook() {
        Value global = context.getBindings("js");
        global.getMember("MLE").invokeMember("registerESMLookup", (ProxyExecutable) args -> {
            if (importHook == null) throw new IllegalStateException("ES modules are not set up yet");
            return importHook.execute(args[0], args[1]);
        });
        global.removeMember("MLE");
    }

    public void setImportHook(Value hook) {
        this.importHook = hook;
    }

    /** Makes {@code source} the text the engine reads for the module key {@code key}. */
    public void defineModuleSource(String key, String source) {
        moduleSources.define(key, source);
    }

    /**
     * Replaces the config this realm was built with, before {@link #start}: a fork spare builds its
     * realm first and learns what to run later. What the constructor read of the old config (the
     * engine) must be the same in the new.
     */
    public void become(Config next) {
        if (trampoline != null) throw new IllegalStateException("the realm has already started");
        this.config = next;
        this.cwd = next.cwd().toAbsolutePath().normalize();
        // The child's life starts now; its engine was ready when it did.
        this.origin = System.nanoTime();
        this.contextStarted = origin;
        this.contextBuilt = origin;
    }

    /** See {@link #origin}: process.uptime counts from it. */
    public long originNanos() {
        return origin;
    }

    /** See {@link #origin}: [origin, context started, context built, bootstrapped or -1]. */
    public long[] startMilestones() {
        return new long[] {origin, contextStarted, contextBuilt, bootstrapped};
    }

    /** The bootstrap has set up process and globals; the main script comes next. */
    public void markBootstrapped() {
        bootstrapped = System.nanoTime();
    }

    public Config config() {
        return config;
    }

    /** "optimizing" when the Graal JIT compiles hot JS, else "interpreter" (chosen, or no JIT found). */
    public String engineName() {
        boolean jit = config.engine() == jnode.Engine.OPTIMIZING
            && !"Interpreted".equals(context.getEngine().getImplementationName());
        return jit ? "optimizing" : "interpreter";
    }

    public EventLoop loop() {
        return loop;
    }

    public Context context() {
        return context;
    }

    /** Evaluates the bootstrap and runs the main entry. Loop thread only. */
    public void start() {
        Value bootstrap = context.eval(bootstrapSource());
        StartupTrace.mark("realm: bootstrap compiled");
        invoke(bootstrap, bindings);
        StartupTrace.mark("realm: bootstrap and main script done");
        loop.markStarted();
        loop.queueIdleCheck();
    }

    /**
     * Parses the bootstrap and the built-in modules {@code ids} before {@link #start} (a fork spare
     * while it waits): the engine keeps each parse for an equal source, for as long as the returned
     * sources are held.
     */
    public java.util.List<Source> preparse(java.util.List<String> ids) {
        java.util.List<Source> held = new java.util.ArrayList<>();
        held.add(bootstrapSource());
        for (String id : ids) {
            String code = natives(id);
            if (code != null) held.add(jnode.binding.NativesBinding.builtinSource(id, code));
        }
        for (Source s : held) context.parse(s);
        return held;
    }

    private static Source bootstrapSource() {
        return Source.newBuilder("js", natives("internal/bootstrap"), "node:internal/bootstrap").buildLiteral();
    }

    /** Called by the bootstrap once it has its hooks. */
    public void setHooks(Value trampoline, Value tick, Value fatal, Value idle) {
        this.trampoline = trampoline;
        this.tickCallback = tick;
        this.fatalCallback = fatal;
        this.idleCallback = idle;
    }

    public ByteBuffer tickInfo() {
        return tickInfo;
    }

    /**
     * Calls a JS function from Java on the loop thread. A JS exception goes to JS's fatal-exception
     * handler ('uncaughtException' or print and exit); then the nextTick queue runs.
     */
    public Value invoke(Value fn, Object... args) {
        return call(true, fn, args);
    }

    /**
     * {@link #invoke}, but the nextTick queue waits for the next call from the loop (node's
     * kSkipTaskQueues): for a callback in the middle of work that is not done yet.
     */
    public Value invokeHoldingTicks(Value fn, Object... args) {
        return call(false, fn, args);
    }

    private Value call(boolean ticks, Value fn, Object... args) {
        if (exitCode != null) return null;
        depth++;
        Value result = null;
        try {
            // The trampoline runs the nextTick queue after fn, in the same call into JS.
            if (trampoline == null || !ticks) {
                result = fn.execute(args);
            } else {
                Object[] all = new Object[args.length + 1];
                all[0] = fn;
                System.arraycopy(args, 0, all, 1, args.length);
                result = trampoline.execute(all);
            }
        } catch (PolyglotException e) {
            handle(e);
        } finally {
            depth--;
        }
        if (depth == 0 && ticks) runTicks();
        return result;
    }

    /**
     * Whole milliseconds since the realm started: libuv's loop time, refreshed on every read as
     * node's getLibuvNow() does (uv_update_time, then uv_now).
     */
    public double loopTime() {
        return (System.nanoTime() - origin) / 1_000_000L;
    }

    private void runTicks() {
        while (exitCode == null && tickCallback != null
                && (tickInfo.getInt(0) != 0 || tickInfo.getInt(4) != 0)) {
            try {
                tickCallback.executeVoid();
            } catch (PolyglotException e) {
                handle(e);
            }
        }
    }

    private void handle(PolyglotException e) {
        while (true) {
            if (e.isExit()) {
                exit(e.getExitStatus());
                return;
            }
            if (e.isCancelled()) {
                // close() cancelled JS that would not yield to the loop.
                exit(0);
                return;
            }
            if (!e.isGuestException() || fatalCallback == null || e.isInternalError()) {
                // A bug in jnode itself, or a failure before the bootstrap could catch it.
                // A bug in jnode, not in the user's code: one line, the Java trace only on request.
                System.err.println("jnode: internal error: " + e.getMessage());
                if (System.getenv("JNODE_DEBUG") != null) e.printStackTrace();
                failure = new IllegalStateException("jnode internal error: " + e.getMessage(), e);
                exit(70);
                return;
            }
            try {
                fatalCallback.executeVoid(fatalArgs(e));
                return;
            } catch (PolyglotException again) {
                e = again;
            }
        }
    }

    /** The error and where it was thrown: file, line, column and that line's text. */
    private static Object[] fatalArgs(PolyglotException e) {
        SourceSection where = e.getSourceLocation();
        for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
            if (where != null) break;
            if (f.isGuestFrame()) where = f.getSourceLocation();
        }
        if (where == null || !where.isAvailable() || where.getSource().getPath() == null
                && where.getSource().getName().startsWith("node:")) {
            return new Object[] {e.getGuestObject()};
        }
        Source src = where.getSource();
        int line = where.getStartLine();
        String text = src.hasCharacters() ? src.getCharacters(line).toString() : null;
        return new Object[] {e.getGuestObject(), src.getName(), line, where.getStartColumn(), text};
    }

    private boolean onIdle() {
        if (exitCode != null || idleCallback == null) return false;
        invoke(idleCallback);
        return exitCode == null && loop.refs() > 0;
    }

    /** The realm has ended with {@code code}; stops the loop. */
    public void exit(int code) {
        if (exitCode != null) return;
        StartupTrace.mark("realm: exit");
        exitCode = code;
        bindings.close();
        loop.stop();
    }

    public Integer exitCode() {
        return exitCode;
    }

    /** The error that ended the realm (uncaught in JS, or inside jnode), or null. */
    public RuntimeException failure() {
        return failure;
    }

    /** Records the uncaught JS error that is about to end the realm. */
    public void setUncaught(Value error) {
        failure = values.exception(error);
    }

    public ValueMapping values() {
        return values;
    }

    public LoopCalls calls() {
        return calls;
    }

    public Children children() {
        return children;
    }

    public void setMainModule(Value module) {
        this.mainModule = module;
    }

    /** The main module's export {@code name}; loop thread only. */
    public Value mainExport(String name) {
        Value exports = mainModule == null ? null : mainModule.getMember("exports");
        Value fn = exports == null || exports.isNull() ? null : exports.getMember(name);
        if (fn == null || !fn.canExecute()) {
            throw new IllegalArgumentException("the main module exports no function '" + name + "'");
        }
        return fn;
    }

    public Path cwd() {
        return cwd;
    }

    public void setCwd(Path dir) {
        this.cwd = dir;
    }

    /**
     * {@code path} as a syscall should get it: as given when this realm's working directory is
     * the process's own (the CLI: process.chdir is a real chdir), so a relative Unix socket name
     * stays within sun_path's 108 bytes as in node; else resolved against the realm's directory.
     */
    public String resolve(String path) {
        return path.startsWith("/") || config.ownsProcess() ? path : cwd.resolve(path).toString();
    }

    public Bindings bindings() {
        return bindings;
    }

    /** Source text of a built-in module: from the jar, or from $JNODE_JSLIB while developing. */
    public static String natives(String id) {
        String dev = System.getenv("JNODE_JSLIB");
        try {
            if (dev != null && !dev.isEmpty()) {
                Path p = Path.of(dev, id + ".js");
                return Files.exists(p) ? Files.readString(p) : null;
            }
            try (InputStream in = Realm.class.getResourceAsStream("/jslib/" + id + ".js")) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in " + id, e);
        }
    }
}
