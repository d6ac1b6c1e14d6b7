package jnode.binding;

import java.util.ArrayList;
import java.util.List;
import jnode.posix.ErrnoException;
import jnode.posix.FileSyscalls;
import jnode.posix.IpcSyscalls;
import jnode.posix.ProcessSyscalls;
import jnode.posix.SpawnSyscalls;
import jnode.runtime.EventLoop;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Node's {@code process_wrap}: starts a child with posix_spawnp and reaps it with a blocking
 * waitpid on a thread of its own, posting (exitCode, signal) to the loop. A ref'd, living child
 * keeps the loop alive.
 */
public final class ProcessWrapBinding {
    /** stdio kinds in the spec JS passes; a number >= 0 is a parent fd to give the child. */
    static final int IGNORE = -1;
    static final int PIPE = -2;

    private final Realm realm;

    ProcessWrapBinding(Realm realm) {
        this.realm = realm;
    }

    /**
     * {@code options}: file, args[], envPairs[], cwd (or null), stdio[] (kinds, see above),
     * detached, uid, gid (-1 for unset). Returns a {@link ProcessHandle}, or -errno.
     */
    @HostAccess.Export
    public Object spawn(Value options, Value onexit) {
        Stdio stdio = new Stdio(ints(options.getMember("stdio")));
        int pid;
        try {
            stdio.open();
            pid = start(options, stdio.childFds);
        } catch (ErrnoException e) {
            stdio.closeAll();
            return -e.errno;
        }
        stdio.closeChildEnds();
        ProcessHandle handle = new ProcessHandle(realm, pid, stdio.parentFds, onexit);
        handle.startReaper();
        return handle;
    }

    /** posix_spawnp with the options' file, argv, env, cwd; uid/gid through setpriv when root. */
    static int start(Value options, int[] childFds) throws ErrnoException {
        String file = options.getMember("file").asString();
        List<String> argv = strings(options.getMember("args"));
        List<String> env = strings(options.getMember("envPairs"));
        Value cwdV = options.getMember("cwd");
        String cwd = cwdV == null || cwdV.isNull() ? null : cwdV.asString();
        boolean detached = options.getMember("detached").asBoolean();
        int uid = options.getMember("uid").asInt();
        int gid = options.getMember("gid").asInt();
        if ((uid >= 0 && uid != ProcessSyscalls.getuid()) || (gid >= 0 && gid != ProcessSyscalls.getgid())) {
            // posix_spawn cannot change credentials; only root may, through setpriv.
            if (ProcessSyscalls.geteuid() != 0) throw new ErrnoException("setuid", 1 /* EPERM */);
            List<String> wrapped = new ArrayList<>(List.of("setpriv"));
            if (uid >= 0) wrapped.add("--reuid=" + uid);
            if (gid >= 0) {
                wrapped.add("--regid=" + gid);
                wrapped.add("--clear-groups");
            }
            wrapped.add("--");
            wrapped.add(file);
            wrapped.addAll(argv.subList(Math.min(1, argv.size()), argv.size()));
            argv = wrapped;
            file = "setpriv";
        }
        return SpawnSyscalls.spawn(file, argv, env, cwd, childFds, detached);
    }

    /** Sends a signal to any pid (process.kill goes through the process binding). */
    @HostAccess.Export
    public int kill(int pid, int sig) {
        try {
            ProcessSyscalls.kill(pid, sig);
            return 0;
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /**
     * The fds of one spawn: socketpairs for pipes, and the cleanup that closes everything it
     * opened when the spawn fails midway (libuv's uv_spawn error path).
     */
    static final class Stdio {
        final int[] kinds;
        final int[] childFds;
        final int[] parentFds;
        private final List<Integer> opened = new ArrayList<>();

        Stdio(int[] kinds) {
            this.kinds = kinds;
            this.childFds = new int[kinds.length];
            this.parentFds = new int[kinds.length];
            java.util.Arrays.fill(parentFds, -1);
        }

        void open() throws ErrnoException {
            for (int i = 0; i < kinds.length; i++) {
                if (kinds[i] == PIPE) {
                    int[] sp = IpcSyscalls.socketpair();
                    opened.add(sp[0]);
                    opened.add(sp[1]);
                    parentFds[i] = sp[0];
                    childFds[i] = sp[1];
                } else {
                    childFds[i] = kinds[i] >= 0 ? kinds[i] : -1;
                }
            }
        }

        void closeChildEnds() {
            for (int i = 0; i < kinds.length; i++) {
                if (kinds[i] == PIPE) closeQuietly(childFds[i]);
            }
        }

        void closeAll() {
            for (int fd : opened) closeQuietly(fd);
            opened.clear();
        }
    }

    static void closeQuietly(int fd) {
        if (fd < 0) return;
        try {
            FileSyscalls.close(fd);
        } catch (ErrnoException ignored) {
            // already gone: nothing to release
        }
    }

    static int[] ints(Value arr) {
        int[] out = new int[(int) arr.getArraySize()];
        for (int i = 0; i < out.length; i++) out[i] = arr.getArrayElement(i).asInt();
        return out;
    }

    static List<String> strings(Value arr) {
        List<String> out = new ArrayList<>();
        if (arr == null || arr.isNull()) return out;
        for (long i = 0; i < arr.getArraySize(); i++) out.add(arr.getArrayElement(i).asString());
        return out;
    }

    /** One child: its pid, the parent ends of its pipes, and the reaper that reports its end. */
    public static final class ProcessHandle {
        private final Realm realm;
        private final EventLoop loop;
        private final int pid;
        private final int[] stdioFds;
        private final Value onexit;
        private volatile boolean reaped;
        private boolean exited;
        private boolean refd = true;
        private boolean holdingRef;

        ProcessHandle(Realm realm, int pid, int[] stdioFds, Value onexit) {
            this.realm = realm;
            this.loop = realm.loop();
            this.pid = pid;
            this.stdioFds = stdioFds;
            this.onexit = onexit;
        }

        void startReaper() {
            realm.children().add(pid);
            updateRef();
            Thread t = new Thread(null, this::reap, "jnode-reaper-" + pid, 64 * 1024);
            t.setDaemon(true);
            t.start();
        }

        private void reap() {
            int status;
            try {
                status = SpawnSyscalls.waitpid(pid);
            } catch (ErrnoException e) {
                status = 0; // ECHILD: someone else reaped it; report a plain exit
            }
            reaped = true;
            realm.children().remove(pid);
            int code = SpawnSyscalls.exitCode(status);
            int sig = SpawnSyscalls.termSignal(status);
            try {
                loop.post(() -> {
                    exited = true;
                    try {
                        realm.invoke(onexit, code, sig);
                    } finally {
                        updateRef();
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // The loop has ended (the process is exiting, e.g. process.exit() right after
                // kill()): nobody is left to tell, and node prints nothing here either.
            }
        }

        private void updateRef() {
            boolean want = refd && !exited;
            if (want == holdingRef) return;
            holdingRef = want;
            if (want) loop.ref(); else loop.unref();
        }

        @HostAccess.Export public int pid() { return pid; }

        /** The parent end of each 'pipe' stdio entry, -1 elsewhere. */
        @HostAccess.Export public int[] stdio() { return stdioFds; }

        /** Signals the child; -ESRCH once it has been reaped (its pid may be reused). */
        @HostAccess.Export
        public int kill(int sig) {
            if (reaped) return -3; // ESRCH
            try {
                ProcessSyscalls.kill(pid, sig);
                return 0;
            } catch (ErrnoException e) {
                return -e.errno;
            }
        }

        @HostAccess.Export public void ref() { refd = true; updateRef(); }
        @HostAccess.Export public void unref() { refd = false; updateRef(); }
        @HostAccess.Export public boolean hasRef() { return refd && !exited; }

        @HostAccess.Export
        public void close() {
            refd = false;
            updateRef();
        }
    }
}
