package jnode.posix;

import static jnode.posix.Libc.INT;
import static jnode.posix.Libc.PTR;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

/**
 * Starting and reaping children: {@code posix_spawnp} with file actions and attributes (glibc
 * x86_64), and {@code waitpid}. posix_spawn returns its error number instead of setting errno.
 */
public final class SpawnSyscalls {
    private SpawnSyscalls() {}

    // glibc: posix_spawn_file_actions_t is 80 bytes, posix_spawnattr_t 336.
    private static final long ACTIONS_SIZE = 256;
    private static final long ATTR_SIZE = 512;

    public static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    public static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    public static final short POSIX_SPAWN_SETSID = 0x80;
    private static final int O_RDONLY = 0;
    private static final int O_RDWR = 2;
    private static final int EINTR = 4;

    private static final Downcall SPAWNP = Libc.call("posix_spawnp",
        FunctionDescriptor.of(INT, PTR, PTR, PTR, PTR, PTR, PTR));
    private static final Downcall FA_INIT = Libc.call("posix_spawn_file_actions_init",
        FunctionDescriptor.of(INT, PTR));
    private static final Downcall FA_DESTROY = Libc.call("posix_spawn_file_actions_destroy",
        FunctionDescriptor.of(INT, PTR));
    private static final Downcall FA_DUP2 = Libc.call("posix_spawn_file_actions_adddup2",
        FunctionDescriptor.of(INT, PTR, INT, INT));
    private static final Downcall FA_OPEN = Libc.call("posix_spawn_file_actions_addopen",
        FunctionDescriptor.of(INT, PTR, INT, PTR, INT, INT));
    private static final Downcall FA_CLOSE = Libc.call("posix_spawn_file_actions_addclose",
        FunctionDescriptor.of(INT, PTR, INT));
    private static final Downcall FA_CLOSEFROM = Libc.call("posix_spawn_file_actions_addclosefrom_np",
        FunctionDescriptor.of(INT, PTR, INT));
    private static final Downcall FA_CHDIR = Libc.call("posix_spawn_file_actions_addchdir_np",
        FunctionDescriptor.of(INT, PTR, PTR));
    private static final Downcall ATTR_INIT = Libc.call("posix_spawnattr_init",
        FunctionDescriptor.of(INT, PTR));
    private static final Downcall ATTR_DESTROY = Libc.call("posix_spawnattr_destroy",
        FunctionDescriptor.of(INT, PTR));
    private static final Downcall ATTR_SETFLAGS = Libc.call("posix_spawnattr_setflags",
        FunctionDescriptor.of(INT, PTR, ValueLayout.JAVA_SHORT));
    private static final Downcall ATTR_SETSIGDEFAULT = Libc.call("posix_spawnattr_setsigdefault",
        FunctionDescriptor.of(INT, PTR, PTR));
    private static final Downcall ATTR_SETSIGMASK = Libc.call("posix_spawnattr_setsigmask",
        FunctionDescriptor.of(INT, PTR, PTR));
    private static final Downcall WAITPID =
        Libc.errnoCall("waitpid", FunctionDescriptor.of(INT, INT, PTR, INT));

    /**
     * Child fd {@code i} gets {@code fds[i]}: a parent fd to dup2, or -1 for /dev/null. Every
     * other fd is closed in the child (closefrom). Returns the pid.
     *
     * @param cwd the child's working directory, or null for ours
     * @param setsid true for a new session (detached)
     */
    public static int spawn(String file, List<String> argv, List<String> env, String cwd, int[] fds,
                            boolean setsid) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment actions = arena.allocate(ACTIONS_SIZE, 16);
            MemorySegment attr = arena.allocate(ATTR_SIZE, 16);
            check("posix_spawn_file_actions_init", (int) FA_INIT.get().invokeExact(actions));
            check("posix_spawnattr_init", (int) ATTR_INIT.get().invokeExact(attr));
            try {
                // Phase 1 moves every source above all targets and sources, so phase 2's dup2
                // onto 0..n-1 never clobbers a source that is still needed (libuv does the same).
                int n = fds.length;
                int base = n;
                for (int fd : fds) base = Math.max(base, fd + 1);
                for (int i = 0; i < n; i++) {
                    if (fds[i] >= 0) check("adddup2", (int) FA_DUP2.get().invokeExact(actions, fds[i], base + i));
                }
                MemorySegment devNull = arena.allocateFrom("/dev/null");
                for (int i = 0; i < n; i++) {
                    if (fds[i] >= 0) {
                        check("adddup2", (int) FA_DUP2.get().invokeExact(actions, base + i, i));
                    } else {
                        // 'ignore': /dev/null for stdio, nothing (closed) above it.
                        check("addclose", (int) FA_CLOSE.get().invokeExact(actions, i));
                        if (i < 3) check("addopen", (int) FA_OPEN.get().invokeExact(actions, i, devNull, i == 0 ? O_RDONLY : O_RDWR, 0));
                    }
                }
                check("addclosefrom", (int) FA_CLOSEFROM.get().invokeExact(actions, n));
                if (cwd != null) check("addchdir", (int) FA_CHDIR.get().invokeExact(actions, arena.allocateFrom(cwd)));

                // Reset the signal mask and every disposition: the JVM's threads run with HUP, INT
                // and TERM blocked (see the jnode launcher), and its handlers must not leak into the child.
                check("setsigdefault", (int) ATTR_SETSIGDEFAULT.get().invokeExact(attr, SignalSyscalls.catchable(arena)));
                check("setsigmask", (int) ATTR_SETSIGMASK.get().invokeExact(attr, SignalSyscalls.set(arena)));
                short flags = (short) (POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | (setsid ? POSIX_SPAWN_SETSID : 0));
                check("setflags", (int) ATTR_SETFLAGS.get().invokeExact(attr, flags));

                MemorySegment pid = arena.allocate(INT);
                int rc = (int) SPAWNP.get().invokeExact(pid, arena.allocateFrom(file), actions, attr,
                    strings(arena, argv), strings(arena, env));
                if (rc != 0) throw new ErrnoException("posix_spawnp", rc);
                return pid.get(INT, 0);
            } finally {
                int ignored = (int) FA_DESTROY.get().invokeExact(actions);
                ignored = (int) ATTR_DESTROY.get().invokeExact(attr);
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /**
     * Blocks until {@code pid} ends (retrying on EINTR); returns the raw wait status. Only ever
     * for one pid: waitpid(-1) would steal the status of processes the JDK started.
     */
    public static int waitpid(int pid) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment status = arena.allocate(INT);
            while (true) {
                int rc = (int) WAITPID.get().invokeExact(Libc.state(), pid, status, 0);
                if (rc >= 0) return status.get(INT, 0);
                int errno = Libc.errno();
                if (errno != EINTR) throw new ErrnoException("waitpid", errno);
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** The exit code of a wait status, or -1 when the child died by a signal. */
    public static int exitCode(int status) {
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1;
    }

    /** The signal that ended the child, or 0. */
    public static int termSignal(int status) {
        int sig = status & 0x7f;
        return sig != 0 && sig != 0x7f ? sig : 0;
    }

    private static void check(String what, int rc) throws ErrnoException {
        if (rc != 0) throw new ErrnoException(what, rc);
    }

    /** A NULL-terminated char*[] in {@code arena}. */
    private static MemorySegment strings(Arena arena, List<String> list) {
        MemorySegment arr = arena.allocate(PTR, list.size() + 1L);
        for (int i = 0; i < list.size(); i++) arr.setAtIndex(PTR, i, arena.allocateFrom(list.get(i)));
        arr.setAtIndex(PTR, list.size(), MemorySegment.NULL);
        return arr;
    }
}
