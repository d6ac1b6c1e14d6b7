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
import jnode.runtime.Config;
import jnode.runtime.EventLoop;
import jnode.runtime.Realm;
import jnode.runtime.StartupTrace;
import org.graalvm.polyglot.Context;

/**
 * One jnode runtime: a JS realm on its own event-loop thread. It has no static mutable state, so
 * a Java program may run several, one after another or at once.
 *
 * <pre>{@code
 * int code = JNode.builder().script(Path.of("server.js")).args("--port", "0").build().run();
 * }</pre>
 */
public final class JNode implements AutoCloseable {
    /** The Node.js release whose API jnode implements. */
    public static final String NODE_VERSION = "v20.20.2";
    /** jnode's own version. */
    public static final String VERSION = "0.1.0";

    private final Config config;
    private final EventLoop loop;
    private final CompletableFuture<Context> context;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private Realm realm;

    private JNode(Config config) {
        this.config = config;
        this.context = Realm.buildContext();
        this.loop = new EventLoop("jnode-main");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the runtime; the future completes with its exit code. */
    public synchronized CompletableFuture<Integer> start() {
        if (realm != null) return exit;
        loop.post(() -> {
            StartupTrace.mark("realm: loop thread running");
            realm = new Realm(config, loop, context.join());
            try {
                realm.start();
            } catch (RuntimeException | Error e) {
                exit.completeExceptionally(e);
                realm.exit(70);
            }
        });
        loop.stopped().whenComplete((v, t) -> {
            Integer code = realm == null ? null : realm.exitCode();
            if (realm != null) realm.context().close(true);
            exit.complete(code == null ? 0 : code);
        });
        return exit;
    }

    /** Runs the script to completion and returns its exit code. */
    public int run() {
        try {
            return start().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            return 130;
        } catch (ExecutionException e) {
            throw new IllegalStateException("jnode runtime failed", e.getCause());
        }
    }

    /** Ends the runtime: the loop stops, and the resources of its bindings are released. */
    @Override
    public void close() {
        loop.post(() -> {
            if (realm != null) {
                realm.exit(realm.exitCode() == null ? 0 : realm.exitCode());
            } else {
                context.thenAccept(Context::close); // built for a start that never came
                loop.stop();
            }
        });
        loop.stopped().join();
    }

    /** Builds a {@link JNode}. Every setting has node's default. */
    public static final class Builder {
        private String execPath = "jnode";
        private final List<String> execArgv = new ArrayList<>();
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

        public Builder script(Path script) { this.script = script.toString(); return this; }
        public Builder eval(String source) { this.evalSource = source; return this; }
        public Builder print(boolean print) { this.printEval = print; return this; }
        public Builder args(String... a) { args.addAll(List.of(a)); return this; }
        public Builder args(List<String> a) { args.addAll(a); return this; }
        public Builder execPath(String path) { this.execPath = path; return this; }
        public Builder execArgv(List<String> a) { execArgv.addAll(a); return this; }
        public Builder require(String module) { preload.add(module); return this; }
        public Builder env(Map<String, String> e) { this.env = new LinkedHashMap<>(e); return this; }
        public Builder cwd(Path dir) { this.cwd = dir; return this; }
        public Builder warnings(boolean on) { this.warnings = on; return this; }
        public Builder title(String t) { this.title = t; return this; }
        public Builder stdin(InputStream in) { this.stdin = in; return this; }
        public Builder stdout(OutputStream out) { this.stdout = out; return this; }
        public Builder stderr(OutputStream err) { this.stderr = err; return this; }
        public Builder hostModule(String name, Object module) { hostModules.put(name, module); return this; }

        /** The CLI's setting: this runtime is the OS process (real chdir, signals, title). */
        public Builder ownsProcess(boolean owns) { this.ownsProcess = owns; return this; }

        public JNode build() {
            return new JNode(new Config(execPath, List.copyOf(execArgv), script, evalSource, printEval,
                List.copyOf(args), List.copyOf(preload), env, cwd, warnings, title, ownsProcess,
                stdin, stdout, stderr, Map.copyOf(hostModules)));
        }
    }
}
