package jnode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jnode.binding.SignalBinding;
import jnode.runtime.StartupTrace;

/** The {@code jnode} command: node's command line over a {@link JNode} that owns the process. */
public final class Main {
    private Main() {}

    /** Options that take a value, as {@code --opt value} or {@code --opt=value}. */
    private static final Set<String> WITH_VALUE = Set.of(
        "-e", "--eval", "-p", "-pe", "--print", "-r", "--require", "--title", "--stack-size", "--redirect-warnings",
        "--max-http-header-size");

    /** Flags node accepts that change nothing here; tests pass them through `// Flags:`. */
    private static final Set<String> ACCEPTED = Set.of(
        "--expose-gc", "--expose_gc", "--expose-internals", "--no-deprecation", "--trace-warnings",
        "--pending-deprecation", "--throw-deprecation", "--trace-deprecation",
        "--abort-on-uncaught-exception", "--harmony", "--allow-natives-syntax", "--preserve-symlinks",
        "--zero-fill-buffers", "--trace-uncaught", "--enable-source-maps", "--no-warnings",
        "--unhandled-rejections", "--insecure-http-parser", "--max-old-space-size", "--stack-trace-limit", "--no-force-async-hooks-checks");

    public static void main(String[] argv) {
        SignalBinding.installProcessDefaults();
        StartupTrace.mark("main()");
        JNode runtime;
        if (argv.length > 0 && argv[0].startsWith(Spare.FLAG)) {
            // A fork spare: the command line comes with the handoff, the realm is already built.
            Spare spare = Spare.await(argv[0]);
            JNode.Builder b = spare.builder();
            parse(spare.argv(), b);
            runtime = spare.become(b);
        } else {
            JNode.Builder b = JNode.builder().ownsProcess(true)
                .execPath(System.getProperty("jnode.execPath", "jnode"));
            parse(argv, b);
            runtime = b.build();
        }
        int code;
        try {
            code = runtime.run();
        } catch (JsException e) {
            code = runtime.exitCode(); // JS has printed it, as node does
        } catch (RuntimeException e) {
            // A failure inside jnode: the realm printed its one line, unless it never started.
            if (runtime.exitCode() == null) System.err.println("jnode: internal error: " + e);
            code = runtime.exitCode() == null ? 70 : runtime.exitCode();
        }
        System.exit(code);
    }

    /** node's command line into {@code b}: options (execArgv), then the script and its arguments. */
    private static void parse(String[] argv, JNode.Builder b) {
        List<String> execArgv = new ArrayList<>();
        boolean eval = false;
        boolean stdin = false;
        int i = 0;
        while (i < argv.length) {
            String a = argv[i];
            if (a.equals("--")) { i++; break; }
            if (a.equals("-")) { stdin = true; i++; break; }
            if (!a.startsWith("-") || a.length() == 1) break;
            int eq = a.indexOf('=');
            String name = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
            String value = a.startsWith("--") && eq > 0 ? a.substring(eq + 1) : null;
            execArgv.add(a);
            i++;
            if (WITH_VALUE.contains(name) && value == null) {
                if (i >= argv.length) fail(a + " requires an argument");
                value = argv[i++];
                execArgv.add(value);
            }
            switch (name) {
                case "-v", "--version" -> { System.out.println(JNode.NODE_VERSION); System.exit(0); }
                case "-h", "--help" -> { System.out.print(Usage.TEXT); System.exit(0); }
                case "-e", "--eval" -> { b.eval(value); eval = true; }
                case "-p", "-pe", "--print" -> { b.eval(value).print(true); eval = true; }
                case "-r", "--require" -> b.require(value);
                case "--title" -> b.title(value);
                case "--stack-size" -> { } // the JS thread's stack is fixed by the event loop
                case "--no-warnings" -> b.warnings(false);
                // read from execArgv (internal/options) by the warning printer and the http parsers
                case "--redirect-warnings", "--max-http-header-size" -> { }
                default -> {
                    if (!ACCEPTED.contains(name) && !name.startsWith("--experimental-")
                            && !name.startsWith("--no-experimental-") && !name.startsWith("--inspect")) {
                        fail("bad option: " + a);
                    }
                }
            }
        }
        b.execArgv(execArgv);
        List<String> rest = new ArrayList<>(List.of(argv).subList(i, argv.length));
        if (stdin) b.script(Path.of("-"));
        else if (!eval && !rest.isEmpty()) b.script(Path.of(rest.remove(0)));
        b.args(rest);
    }

    /** node's answer to a bad command line: the command's name as typed, the problem, exit 9. */
    private static void fail(String message) {
        System.err.println(System.getProperty("jnode.argv0", "jnode") + ": " + message);
        System.exit(9);
    }
}
