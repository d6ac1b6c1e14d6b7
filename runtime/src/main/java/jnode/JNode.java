package jnode;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jnode.runtime.Config;
import jnode.runtime.EventLoop;
import jnode.runtime.Realm;

/**
 * One jnode runtime: a JS realm on its own event-loop thread. It has no static mutable state, so
 * a Java program may run several, one after another or at once, each with its own cwd,
 * {@code process.env}, modules and exit code; {@code process.exit()} ends the runtime, not the JVM.
 *
 * <pre>{@code
 * try (JNode js = JNode.builder().script(Path.of("lib.js")).keepAlive(true).build()) {
 *     js.start();
 *     Object sum = js.call("add", 1, 2).get();    // module.exports.add(1, 2), on the loop thread
 * }
 * }</pre>
 *
 * <h2>Values crossing between Java and JS</h2>
 * <table>
 * <tr><th>JS</th><th>Java</th></tr>
 * <tr><td>undefined, null</td><td>null</td></tr>
 * <tr><td>boolean, string</td><td>Boolean, String</td></tr>
 * <tr><td>number</td><td>Integer when whole and in int range, else Long when whole, else Double</td></tr>
 * <tr><td>bigint</td><td>BigInteger</td></tr>
 * <tr><td>Buffer, typed array, DataView, ArrayBuffer</td><td>byte[] (a copy; byte[] becomes a Buffer)</td></tr>
 * <tr><td>Array</td><td>List (a copy; any Collection or Object[] becomes an Array)</td></tr>
 * <tr><td>Map</td><td>Map (a copy)</td></tr>
 * <tr><td>other objects</td><td>Map&lt;String, Object&gt; of own enumerable properties (a copy; a Map becomes a plain object)</td></tr>
 * <tr><td>Date</td><td>Instant</td></tr>
 * <tr><td>promise</td><td>CompletableFuture (a CompletionStage becomes a promise, which keeps the runtime alive while pending)</td></tr>
 * <tr><td>function</td><td>{@link JsFunction} (a JsFunction becomes a function returning a promise)</td></tr>
 * <tr><td>Error, thrown or rejected</td><td>{@link JsException}</td></tr>
 * <tr><td>a Java object that went to JS</td><td>that same object</td></tr>
 * </table>
 * Any other Java object reaches JS as a host object: the {@code @HostAccess.Export} methods and
 * fields of its public class are visible, and what its methods return crosses by the same table. A host method may
 * take {@link JsFunction} or {@code byte[]} parameters to receive a JS function or bytes.
 * Copies are made on the loop thread, so what Java receives may be kept and used on any thread.
 */
public final class JNode implements AutoCloseable {
    /** The Node.js release whose API jnode implements. */
    public static final String NODE_VERSION = "v20.20.2";
    /** jnode's own version. */
    public static final String VERSION = "0.1.0";
    /** How long close() lets JS reach the loop before cancelling it. */
    private static final long CLOSE_GRACE_MS = 2000;

    private volatile Config config;
    private final EventLoop loop;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private volatile Realm realm;
    /** A realm built ahead of its config (a fork spare's), which start() then uses. */
    private Realm warmRealm;
    /** What {@link #preparse} parsed: held, so the engine keeps the parses. */
    private List<org.graalvm.polyglot.Source> preparsed = List.of();
    private volatile Integer exitCode;

    private JNode(Config config) {
        this.config = config;
        this.loop = new EventLoop("jnode-main");
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the runtime. The future completes with its exit code, or with a {@link JsException}
     * when an uncaught JS error ended it (the error is also printed to its stderr, as node does).
     */
    public synchronized CompletableFuture<Integer> start() {
        if (realm != null) return exit;
        Realm r = warmRealm != null ? warmRealm : new Realm(config, loop);
        realm = r;
        loop.post(() -> {
            try {
                r.start();
                if (config.keepAlive() && r.exitCode() == null) loop.ref();
            } catch (RuntimeException | Error e) {
                exit.completeExceptionally(e);
                r.exit(70);
            }
        });
        loop.stopped().whenComplete((v, t) -> {
            r.calls().failPending();
            exitCode = r.exitCode() == null ? 0 : r.exitCode();
            r.context().close(true);
            if (r.failure() != null) exit.completeExceptionally(r.failure());
            else exit.complete(exitCode);
        });
        return exit;
    }

    /**
     * Runs the script to completion and returns its exit code.
     *
     * @throws JsException when an uncaught JS error ended the runtime
     */
    public int run() {
        try {
            return start().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            return 130;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException("jnode runtime failed", e.getCause());
        }
    }

    /**
     * Calls the function the main module exports as {@code name}, from any thread: the call is
     * queued onto the loop (after the main script has run), and the future completes on the loop
     * thread with its result, or with what the promise it returns settles to. Values cross as the
     * table above says; a JS error completes it with a {@link JsException}; a runtime that has
     * ended, or was never started, fails it with IllegalStateException.
     */
    public CompletableFuture<Object> call(String name, Object... args) {
        Realm r = realm;
        if (r == null) return CompletableFuture.failedFuture(new IllegalStateException("the jnode runtime is not started"));
        return r.calls().submit(() -> r.mainExport(name), args);
    }

    /**
     * A runtime whose realm (engine and context, the slow part of start-up) is built now, before
     * it knows what to run; {@link #become} gives it that. A fork spare is one.
     */
    static JNode warm(Builder provisional) {
        JNode j = provisional.build();
        j.warmRealm = new Realm(j.config, j.loop);
        return j;
    }

    /** Parses the bootstrap and built-in modules {@code ids} in a {@link #warm} runtime. */
    void preparse(List<String> ids) {
        preparsed = warmRealm.preparse(ids);
    }

    /** Gives a {@link #warm} runtime its real settings; before {@link #start} only. */
    synchronized JNode become(Builder b) {
        if (realm != null) throw new IllegalStateException("the jnode runtime has already started");
        config = b.config();
        warmRealm.become(config);
        return this;
    }

    /** The exit code once the runtime has ended, for the CLI (whose uncaught errors throw). */
    Integer exitCode() {
        return exitCode;
    }

    /**
     * Ends the runtime: kills the children it spawned, closes its servers and sockets, stops the
     * loop and waits for it. JS busy in a loop that never yields is cancelled. Idempotent.
     */
    @Override
    public void close() {
        Realm r;
        synchronized (this) {
            r = realm;
        }
        if (r == null) {
            loop.stop();
            return;
        }
        r.children().killAll();
        // Ended however it ends: with an exit code or an error (the runtime's, not close()'s).
        CompletableFuture<Void> ended = exit.handle((code, error) -> null);
        try {
            loop.post(() -> r.exit(r.exitCode() == null ? 0 : r.exitCode()));
            ended.get(CLOSE_GRACE_MS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException | ExecutionException e) {
            // already stopped
        } catch (TimeoutException e) {
            r.context().close(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ended.join();
    }

    /** Builds a {@link JNode}. Every setting has node's default. */
    public static final class Builder {
        private String execPath = "jnode";
        private final List<String> execArgv = new ArrayList<>();
        private final List<String> nodeOptions = new ArrayList<>();
        private String script;
        private String evalSource;
        private boolean printEval;
        private final List<String> args = new ArrayList<>();
        private final List<String> preload = new ArrayList<>();
        private Map<String, String> env = new LinkedHashMap<>(System.getenv());
        private Path cwd = Path.of(System.getProperty("user.dir"));
        private boolean warnings = true;
        private String title;
        private boolean ownsProcess;
        private InputStream stdin;
        private OutputStream stdout;
        private OutputStream stderr;
        private final Map<String, Object> hostModules = new HashMap<>();
        private final Map<String, Object> globals = new LinkedHashMap<>();
        private boolean keepAlive;
        private Engine engine = Engine.OPTIMIZING;

        public Builder script(Path script) { this.script = script.toString(); return this; }
        public Builder eval(String source) { this.evalSource = source; return this; }
        public Builder print(boolean print) { this.printEval = print; return this; }
        public Builder args(String... a) { args.addAll(List.of(a)); return this; }
        public Builder args(List<String> a) { args.addAll(a); return this; }
        public Builder execPath(String path) { this.execPath = path; return this; }
        public Builder execArgv(List<String> a) { execArgv.addAll(a); return this; }

        /** Options in effect that are not in execArgv, as NODE_OPTIONS's are (they come first). */
        public Builder nodeOptions(List<String> a) { nodeOptions.addAll(a); return this; }

        boolean evaluates() { return evalSource != null; }
        public Builder require(String module) { preload.add(module); return this; }
        public Builder env(Map<String, String> e) { this.env = new LinkedHashMap<>(e); return this; }
        public Builder cwd(Path dir) { this.cwd = dir; return this; }
        public Builder warnings(boolean on) { this.warnings = on; return this; }
        public Builder title(String t) { this.title = t; return this; }
        public Builder stdin(InputStream in) { this.stdin = in; return this; }
        public Builder stdout(OutputStream out) { this.stdout = out; return this; }
        public Builder stderr(OutputStream err) { this.stderr = err; return this; }

        /** Exposes {@code module} to JS as {@code require('host:NAME')}, mapped as {@link JNode} says. */
        public Builder hostModule(String name, Object module) { hostModules.put(name, module); return this; }

        /** Defines the global {@code name} before the main script runs, mapped as {@link JNode} says. */
        public Builder global(String name, Object value) { globals.put(name, value); return this; }

        /**
         * Keeps the runtime waiting for {@link #call}s after its script has run out of work, until
         * {@link #close} or {@code process.exit()}.
         */
        public Builder keepAlive(boolean on) { this.keepAlive = on; return this; }

        /** The JIT (the default, where the JVM has it) or the interpreter only. */
        public Builder engine(Engine e) { this.engine = java.util.Objects.requireNonNull(e); return this; }

        /** The CLI's setting: this runtime is the OS process (real chdir, signals, title). */
        public Builder ownsProcess(boolean owns) { this.ownsProcess = owns; return this; }

        public JNode build() {
            return new JNode(config());
        }

        Config config() {
            List<String> options = new ArrayList<>(nodeOptions);
            options.addAll(execArgv);
            return new Config(execPath, List.copyOf(execArgv), List.copyOf(options), script, evalSource, printEval,
                List.copyOf(args), List.copyOf(preload), env, cwd, warnings, title, ownsProcess,
                stdin, stdout, stderr, Map.copyOf(hostModules),
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(globals)), keepAlive, engine);
        }
    }
}
