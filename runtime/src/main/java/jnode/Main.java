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
        "--max-http-header-size", "--unhandled-rejections");

    /** Flags node accepts that change nothing here; tests pass them through `// Flags:`. */
    private static final Set<String> ACCEPTED = Set.of(
        "--expose-gc", "--expose_gc", "--expose-internals", "--no-deprecation", "--trace-warnings",
        "--pending-deprecation", "--throw-deprecation", "--trace-deprecation",
        "--abort-on-uncaught-exception", "--harmony", "--allow-natives-syntax", "--preserve-symlinks",
        "--zero-fill-buffers", "--trace-uncaught", "--enable-source-maps", "--no-warnings",
        "--insecure-http-parser", "--max-old-space-size", "--stack-trace-limit", "--no-force-async-hooks-checks");

    /** What --unhandled-rejections takes (node's modes). */
    private static final Set<String> REJECTION_MODES = Set.of("throw", "strict", "warn", "warn-with-error-code", "none");

    /** Options node refuses in NODE_OPTIONS, with "is not allowed in NODE_OPTIONS". */
    private static final Set<String> NOT_FROM_ENV = Set.of(
        "-e", "--eval", "-p", "-pe", "--print", "-v", "--version", "-h", "--help", "--expose-internals",
        "--harmony", "--allow-natives-syntax", "--stack-size", "--", "-");

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

    /**
     * node's command line into {@code b}: NODE_OPTIONS's options first (in effect, but not in
     * execArgv, as in node), then the command line's (execArgv), then the script and its arguments.
     */
    private static void parse(String[] argv, JNode.Builder b) {
        String env = System.getenv("NODE_OPTIONS");
        if (env != null) {
            List<String> fromEnv = splitNodeOptions(env);
            for (int i = 0; i < fromEnv.size(); i++) {
                String a = fromEnv.get(i);
                if (!a.startsWith("-")) continue; // node ignores a word that is no option
                i = option(fromEnv, i, b, true);
            }
            b.nodeOptions(fromEnv);
        }
        List<String> args = List.of(argv);
        boolean stdin = false;
        int i = 0;
        int end = 0; // where the options end: execArgv is what comes before
        while (i < argv.length) {
            String a = argv[i];
            if (a.equals("--") || a.equals("-")) {
                stdin = a.equals("-");
                i++;
                break;
            }
            if (!a.startsWith("-")) break;
            i = option(args, i, b, false) + 1;
            end = i;
        }
        b.execArgv(args.subList(0, end));
        List<String> rest = new ArrayList<>(args.subList(i, argv.length));
        if (stdin) b.script(Path.of("-"));
        else if (!b.evaluates() && !rest.isEmpty()) b.script(Path.of(rest.remove(0)));
        b.args(rest);
    }

    /**
     * Applies the option at {@code list[i]} (its value is the next word when it takes one and has no
     * "="); returns the index of the last word it used.
     */
    private static int option(List<String> list, int i, JNode.Builder b, boolean fromEnv) {
        String a = list.get(i);
        int eq = a.indexOf('=');
        String name = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
        String value = a.startsWith("--") && eq > 0 ? a.substring(eq + 1) : null;
        if (fromEnv && NOT_FROM_ENV.contains(name)) fail((value == null ? name : name + "=") + " is not allowed in NODE_OPTIONS");
        if (WITH_VALUE.contains(name) && value == null) {
            if (i + 1 >= list.size()) fail(a + " requires an argument");
            value = list.get(++i);
        }
        if (WITH_VALUE.contains(name) && eq > 0 && value.isEmpty()) fail(a + " requires an argument"); // "--title="
        switch (name) {
            case "-v", "--version" -> { System.out.println(JNode.NODE_VERSION); System.exit(0); }
            case "-h", "--help" -> { System.out.print(Usage.TEXT); System.exit(0); }
            case "-e", "--eval" -> b.eval(value);
            case "-p", "-pe", "--print" -> b.eval(value).print(true);
            case "-r", "--require" -> b.require(value);
            case "--title" -> b.title(value);
            case "--stack-size" -> { } // the JS thread's stack is fixed by the event loop
            case "--no-warnings" -> b.warnings(false);
            // read from the options in effect (internal/options) by the warning printer and the http parsers
            case "--redirect-warnings", "--max-http-header-size" -> { }
            // read the same way by internal/process/execution
            case "--unhandled-rejections" -> {
                if (!REJECTION_MODES.contains(value)) fail("invalid value for --unhandled-rejections");
            }
            default -> {
                if (!ACCEPTED.contains(name) && !name.startsWith("--experimental-")
                        && !name.startsWith("--no-experimental-") && !name.startsWith("--inspect")) {
                    fail(fromEnv ? a + " is not allowed in NODE_OPTIONS" : "bad option: " + a);
                }
            }
        }
        return i;
    }

    /**
     * NODE_OPTIONS split as node splits it: at spaces, except inside "double quotes", where a
     * backslash takes the next character as it is. An unterminated string is an error.
     */
    static List<String> splitNodeOptions(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && quoted) {
                if (++i == s.length()) fail("invalid value for NODE_OPTIONS (invalid escape)");
                c = s.charAt(i);
            } else if (c == ' ' && !quoted) {
                if (word != null) out.add(word.toString());
                word = null;
                continue;
            } else if (c == '"') {
                quoted = !quoted;
                if (word == null) word = new StringBuilder();
                continue;
            }
            if (word == null) word = new StringBuilder();
            word.append(c);
        }
        if (quoted) fail("invalid value for NODE_OPTIONS (unterminated string)");
        if (word != null) out.add(word.toString());
        return out;
    }

    /** node's answer to a bad command line: the command's name as typed, the problem, exit 9. */
    private static void fail(String message) {
        System.err.println(System.getProperty("jnode.argv0", "jnode") + ": " + message);
        System.exit(9);
    }
}
