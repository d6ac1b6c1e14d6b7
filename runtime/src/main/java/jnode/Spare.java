package jnode;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jnode.binding.ProcessTitle;
import jnode.posix.ErrnoException;
import jnode.posix.FileSyscalls;
import jnode.posix.IpcSyscalls;
import jnode.posix.ProcessSyscalls;

/**
 * A warm spare for {@code child_process.fork()}: a jnode started ahead of time, with its JVM up and
 * its realm (engine and context) built, that waits on its channel until the parent hands it a
 * child to become. The parent sends two length-prefixed messages of NUL-terminated strings: first
 * the ids of the built-in modules it has loaded, which the spare parses while it waits; then the
 * handoff, with the child's stdio fds as SCM_RIGHTS:
 * <pre>
 *   cwd, stdio ("f" = an fd came for it, "i" = /dev/null, one letter per fd 0..2),
 *   argc, argv... (what follows execPath in a cold spawn), envc, "K=V"...,
 *   ownc, keys whose value stays this process's own (what the launcher set up)
 * </pre>
 * After it the channel is the child's IPC channel, as NODE_CHANNEL_FD says. Until then the spare
 * dies with its parent: EOF on the channel, or SIGKILL as the parent-death signal.
 */
final class Spare {
    /** argv[0] of a spare: {@code --jnode-spare=<parent pid>}, then a blank argument whose room
     * the child's own command line is written into (see {@link #showArgs}). */
    static final String FLAG = "--jnode-spare=";
    /** The channel: the fork stdio slot 'ipc' gets in a spare. */
    private static final int CHANNEL_FD = 3;
    private static final int SIGKILL = 9;
    private static final int O_RDONLY = 0;
    private static final int O_RDWR = 2;

    private final JNode runtime;
    private final List<String> argv;
    private final Map<String, String> env;
    private final Path cwd;

    private Spare(JNode runtime, List<String> argv, Map<String, String> env, Path cwd) {
        this.runtime = runtime;
        this.argv = argv;
        this.env = env;
        this.cwd = cwd;
    }

    /**
     * Builds the realm, then waits for the handoff and makes this process the child it describes
     * (stdio, cwd, environment, command line). Exits when the parent goes away first.
     */
    static Spare await(String flag) {
        int parent = Integer.parseInt(flag.substring(FLAG.length()));
        try {
            ProcessSyscalls.setParentDeathSignal(SIGKILL);
        } catch (ErrnoException e) {
            // Without it, EOF on the channel still ends the spare when its parent exits.
        }
        // The parent died before prctl: nobody will ever hand this spare a child.
        if (ProcessSyscalls.getppid() != parent) Runtime.getRuntime().halt(0);
        JNode runtime = JNode.warm(JNode.builder().ownsProcess(true)
            .execPath(System.getProperty("jnode.execPath", "jnode")));
        Message handoff;
        try {
            // First the built-ins the parent has loaded, parsed while nobody waits; then the child.
            runtime.preparse(readMessage().fields());
            handoff = readMessage();
        } catch (ErrnoException e) {
            Runtime.getRuntime().halt(0);
            return null;
        }
        try {
            return become(runtime, handoff.fields(), handoff.fds());
        } catch (ErrnoException e) {
            // The handoff could not be applied: end as a child that failed to start.
            Runtime.getRuntime().halt(127);
            return null;
        }
    }

    /** One length-prefixed message of NUL-terminated strings, and the fds that came with it. */
    private record Message(List<String> fields, int[] fds) {}

    private static Message readMessage() throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment head = arena.allocate(4);
            int[] fds = readFully(head);
            int len = head.asByteBuffer().order(ByteOrder.LITTLE_ENDIAN).getInt(0);
            MemorySegment body = arena.allocate(Math.max(1, len));
            if (len > 0) readFully(body.asSlice(0, len));
            return new Message(split(body.asSlice(0, len).toArray(ValueLayout.JAVA_BYTE)), fds);
        }
    }

    /** Reads exactly {@code buf}'s size from the channel; the fds that came with it. EOF exits. */
    private static int[] readFully(MemorySegment buf) throws ErrnoException {
        int[] fds = new int[0];
        long got = 0;
        while (got < buf.byteSize()) {
            IpcSyscalls.Received r = IpcSyscalls.recvmsg(CHANNEL_FD, buf.asSlice(got), buf.byteSize() - got);
            if (r.bytes() == 0) Runtime.getRuntime().halt(0); // the parent has gone
            if (r.fds().length > 0) fds = r.fds();
            got += r.bytes();
        }
        return fds;
    }

    private static List<String> split(byte[] body) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                out.add(new String(body, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return out;
    }

    private static Spare become(JNode runtime, List<String> f, int[] fds) throws ErrnoException {
        int i = 0;
        Path cwd = Path.of(f.get(i++));
        String stdio = f.get(i++);
        int argc = Integer.parseInt(f.get(i++));
        List<String> argv = f.subList(i, i + argc);
        i += argc;
        int envc = Integer.parseInt(f.get(i++));
        Map<String, String> env = new LinkedHashMap<>();
        for (String kv : f.subList(i, i + envc)) {
            int eq = kv.indexOf('=');
            if (eq > 0) env.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        i += envc;
        int ownc = Integer.parseInt(f.get(i++));
        Map<String, String> own = System.getenv();
        for (String key : f.subList(i, i + ownc)) {
            if (own.containsKey(key)) env.put(key, own.get(key));
            else env.remove(key);
        }
        // A cold child outlives its parent: so does this one from now on.
        ProcessSyscalls.setParentDeathSignal(0);
        dupStdio(stdio, fds);
        ProcessSyscalls.chdir(cwd.toString());
        // What native code and this process's own execs read.
        for (String key : own.keySet()) {
            if (!env.containsKey(key)) ProcessSyscalls.unsetenv(key);
        }
        for (Map.Entry<String, String> e : env.entrySet()) ProcessSyscalls.setenv(e.getKey(), e.getValue());
        showArgs(argv);
        return new Spare(runtime, List.copyOf(argv), env, cwd);
    }

    /** fd i gets the next received fd ('f') or /dev/null ('i'), as posix_spawn would have set it. */
    private static void dupStdio(String stdio, int[] fds) throws ErrnoException {
        int next = 0;
        for (int fd = 0; fd < stdio.length(); fd++) {
            int src = stdio.charAt(fd) == 'f'
                ? fds[next++]
                : FileSyscalls.open("/dev/null", fd == 0 ? O_RDONLY : O_RDWR, 0);
            IpcSyscalls.dup2(src, fd);
            FileSyscalls.close(src);
        }
    }

    /**
     * Writes the command line a cold child would have (the JVM's own arguments, then {@code argv})
     * over this process's argv area, which is what /proc/PID/cmdline and ps show.
     */
    private static void showArgs(List<String> argv) {
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            String all = new String(cmdline, StandardCharsets.UTF_8);
            int at = all.lastIndexOf("\0" + FLAG);
            if (at < 0) return;
            StringBuilder sb = new StringBuilder(all.substring(0, at + 1));
            for (String a : argv) sb.append(a).append('\0');
            ProcessTitle.setArgs(sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // /proc unreadable: the spare's own command line stays visible
        }
    }

    /** The builder Main fills from {@link #argv}: this child's environment and cwd. */
    JNode.Builder builder() {
        return JNode.builder().ownsProcess(true).execPath(System.getProperty("jnode.execPath", "jnode"))
            .env(env).cwd(cwd);
    }

    String[] argv() {
        return argv.toArray(new String[0]);
    }

    /** The warm runtime, now set up as {@code b} says. */
    JNode become(JNode.Builder b) {
        return runtime.become(b);
    }
}
