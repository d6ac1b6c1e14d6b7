package jnode.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jnode.posix.ErrnoException;
import jnode.posix.ProcessSyscalls;

/**
 * The children a realm has spawned and not yet reaped, so that an embedder's close() can kill
 * them. Node leaves children running when it exits, and so does a realm that ends on its own.
 */
public final class Children {
    private static final int SIGKILL = 9;
    private final Set<Integer> live = ConcurrentHashMap.newKeySet();

    public void add(int pid) {
        // kill(0 or -1) would signal a whole group: never hold such a pid.
        if (pid > 0) live.add(pid);
    }

    /** Called once waitpid has reaped {@code pid}. */
    public void remove(int pid) {
        live.remove(pid);
    }

    /** SIGKILLs every child still running. Any thread. */
    public void killAll() {
        for (int pid : live) {
            try {
                ProcessSyscalls.kill(pid, SIGKILL);
            } catch (ErrnoException e) {
                // ESRCH: it exited and its reaper has not yet removed it
            }
        }
    }
}
