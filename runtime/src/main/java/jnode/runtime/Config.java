package jnode.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything one runtime is started with. The CLI fills it from argv; embedders through
 * {@link jnode.JNode.Builder}.
 *
 * @param execPath   the command that starts jnode again ({@code process.execPath})
 * @param execArgv   options given to jnode itself ({@code process.execArgv})
 * @param options    every option in effect: NODE_OPTIONS's, then execArgv's (internal/options)
 * @param script     the main script, or null for -e/-p/stdin
 * @param evalSource code given with -e/-p, or null
 * @param printEval  -p: print the value of {@code evalSource}
 * @param args       the arguments after the script
 * @param preload    modules given with -r, loaded before the main script
 * @param env        the environment ({@code process.env} starts as a copy)
 * @param cwd        the working directory
 * @param warnings   false under --no-warnings
 * @param title      --title, or null
 * @param ownsProcess true for the CLI: the runtime is the OS process (real chdir, signals, title)
 * @param stdin      an embedder's stdin, or null for fd 0
 * @param stdout     an embedder's stdout, or null for fd 1
 * @param stderr     an embedder's stderr, or null for fd 2
 * @param hostModules objects an embedder exposes as {@code require('host:NAME')}
 * @param globals    values an embedder defines as JS globals
 * @param keepAlive  the runtime waits for calls until closed, even with nothing ref'd
 * @param engine     the JIT, or the interpreter only
 */
public record Config(
    String execPath,
    List<String> execArgv,
    List<String> options,
    String script,
    String evalSource,
    boolean printEval,
    List<String> args,
    List<String> preload,
    Map<String, String> env,
    Path cwd,
    boolean warnings,
    String title,
    boolean ownsProcess,
    InputStream stdin,
    OutputStream stdout,
    OutputStream stderr,
    Map<String, Object> hostModules,
    Map<String, Object> globals,
    boolean keepAlive,
    jnode.Engine engine) {}
