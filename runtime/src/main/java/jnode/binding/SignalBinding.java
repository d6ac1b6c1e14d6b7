package jnode.binding;

import java.util.HashMap;
import java.util.Map;
import jnode.posix.ErrnoException;
import jnode.posix.ProcessSyscalls;
import jnode.posix.SignalSyscalls;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Signal watchers (Node's signal_wrap) over {@code sun.misc.Signal}. A watched signal is posted
 * to the loop and given to JS. An unwatched INT, TERM or HUP kills the process by that signal,
 * as in node (the JVM's own default would exit with 130/143/129, which a parent cannot tell
 * from a normal exit). The JVM keeps QUIT for thread dumps; it cannot be watched.
 */
public final class SignalBinding implements AutoCloseable {
    private static final Map<Integer, String> NAMES = Map.ofEntries(
        Map.entry(1, "HUP"), Map.entry(2, "INT"), Map.entry(10, "USR1"), Map.entry(12, "USR2"),
        Map.entry(13, "PIPE"), Map.entry(14, "ALRM"), Map.entry(15, "TERM"), Map.entry(17, "CHLD"),
        Map.entry(28, "WINCH"), Map.entry(18, "CONT"), Map.entry(21, "TTIN"), Map.entry(22, "TTOU"),
        Map.entry(20, "TSTP"), Map.entry(23, "URG"), Map.entry(24, "XCPU"), Map.entry(25, "XFSZ"),
        Map.entry(26, "VTALRM"), Map.entry(27, "PROF"), Map.entry(29, "IO"), Map.entry(30, "PWR"),
        Map.entry(31, "SYS"), Map.entry(5, "TRAP"));
    /** Signals whose default action ends the process; jnode makes that a real death by signal. */
    private static final int[] FATAL_BY_DEFAULT = {1, 2, 15};
    private static final int EINVAL = 22;

    private final Realm realm;
    private final Map<Integer, SignalHandler> previous = new HashMap<>();
    /**
     * Watched signals this process sent itself and has not handled yet, each holding the loop
     * open (loop thread only): node handles a kill to self before its loop can go idle, while
     * the JVM hands a signal over on a thread of its own, after kill() has returned.
     */
    private final Map<Integer, Integer> sentToSelf = new HashMap<>();

    SignalBinding(Realm realm) {
        this.realm = realm;
    }

    /**
     * Node's default actions for INT, TERM and HUP (death by the signal), which the CLI installs
     * first thing. The launcher starts the JVM with the three ignored and blocked (where its env
     * can), so the JVM's own handler (exit 130/143/129) is never installed and its threads keep
     * them blocked; one that arrived during start-up is pending and is delivered here, when this
     * thread unblocks it. They end up at their defaults even when the parent ignored them, as
     * node resets them.
     */
    public static void installProcessDefaults() {
        try {
            for (int signum : FATAL_BY_DEFAULT) {
                SignalSyscalls.signalDefault(signum);
                Signal.handle(new Signal(NAMES.get(signum)), s -> dieBy(signum));
            }
            SignalSyscalls.unblock(FATAL_BY_DEFAULT);
        } catch (ErrnoException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts watching {@code signum}; returns 0 or -EINVAL when the JVM cannot watch it. */
    @HostAccess.Export
    public int start(int signum, Value onSignal) {
        String name = NAMES.get(signum);
        if (name == null) return -EINVAL;
        if (!realm.config().ownsProcess()) return 0;
        try {
            SignalHandler old = Signal.handle(new Signal(name), s -> realm.loop().post(() -> {
                try {
                    realm.invoke(onSignal, signum);
                } finally {
                    release(signum); // all of them: the kernel merges a signal sent twice
                }
            }));
            previous.putIfAbsent(signum, old);
            return 0;
        } catch (IllegalArgumentException e) {
            return -EINVAL;
        }
    }

    /** This process has just sent itself {@code signum}: a watched one keeps the loop alive until handled. */
    @HostAccess.Export
    public void sentToSelf(int signum) {
        if (!previous.containsKey(signum)) return;
        sentToSelf.merge(signum, 1, Integer::sum);
        realm.loop().ref();
    }

    private void release(int signum) {
        Integer held = sentToSelf.remove(signum);
        for (int i = 0; held != null && i < held; i++) realm.loop().unref();
    }

    /** Stops watching {@code signum}: its default action applies again. */
    @HostAccess.Export
    public void stop(int signum) {
        String name = NAMES.get(signum);
        if (name == null || !realm.config().ownsProcess()) return;
        previous.remove(signum);
        release(signum);
        boolean fatal = false;
        for (int f : FATAL_BY_DEFAULT) fatal |= f == signum;
        Signal.handle(new Signal(name), fatal ? s -> dieBy(signum) : SignalHandler.SIG_DFL);
    }

    /** Restores the OS default for {@code signum} and raises it, so the process dies by it. */
    private static void dieBy(int signum) {
        Signal.handle(new Signal(NAMES.get(signum)), SignalHandler.SIG_DFL);
        try {
            ProcessSyscalls.kill(ProcessSyscalls.getpid(), signum);
        } catch (ErrnoException e) {
            Runtime.getRuntime().halt(128 + signum);
        }
    }

    @Override
    public void close() {
        if (!realm.config().ownsProcess()) return;
        for (int signum : previous.keySet().toArray(new Integer[0])) stop(signum);
    }
}
