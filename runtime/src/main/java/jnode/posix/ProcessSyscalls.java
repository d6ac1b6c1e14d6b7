package jnode.posix;

import static jnode.posix.Libc.INT;
import static jnode.posix.Libc.LONG;
import static jnode.posix.Libc.PTR;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;

/**
 * Process-identity syscalls: who am I, who is my parent, signal someone, the cwd/umask, the
 * environment, and prctl's parent-death signal.
 */
public final class ProcessSyscalls {
    private ProcessSyscalls() {}

    private static final Downcall GETPID = Libc.call("getpid", FunctionDescriptor.of(INT));
    private static final Downcall GETPPID = Libc.call("getppid", FunctionDescriptor.of(INT));
    private static final Downcall GETUID = Libc.call("getuid", FunctionDescriptor.of(INT));
    private static final Downcall GETEUID = Libc.call("geteuid", FunctionDescriptor.of(INT));
    private static final Downcall GETGID = Libc.call("getgid", FunctionDescriptor.of(INT));
    private static final Downcall GETEGID = Libc.call("getegid", FunctionDescriptor.of(INT));
    private static final Downcall UMASK = Libc.call("umask", FunctionDescriptor.of(INT, INT));
    private static final Downcall KILL = Libc.errnoCall("kill", FunctionDescriptor.of(INT, INT, INT));
    private static final Downcall CHDIR = Libc.errnoCall("chdir", FunctionDescriptor.of(INT, PTR));
    private static final Downcall SETSID = Libc.errnoCall("setsid", FunctionDescriptor.of(INT));
    private static final Downcall SETENV = Libc.errnoCall("setenv", FunctionDescriptor.of(INT, PTR, PTR, INT));
    private static final Downcall UNSETENV = Libc.errnoCall("unsetenv", FunctionDescriptor.of(INT, PTR));
    private static final Downcall PRCTL = Libc.variadicErrnoCall("prctl", FunctionDescriptor.of(INT, INT, LONG), 1);
    private static final int PR_SET_PDEATHSIG = 1;

    /** {@code pid_t getpid(void)} */
    public static int getpid() { return invokeInt(GETPID); }

    /** {@code pid_t getppid(void)}: read live, so an orphan sees its new parent. */
    public static int getppid() { return invokeInt(GETPPID); }

    /** {@code uid_t getuid(void)} */
    public static int getuid() { return invokeInt(GETUID); }

    /** {@code uid_t geteuid(void)} */
    public static int geteuid() { return invokeInt(GETEUID); }

    /** {@code gid_t getgid(void)} */
    public static int getgid() { return invokeInt(GETGID); }

    /** {@code gid_t getegid(void)} */
    public static int getegid() { return invokeInt(GETEGID); }

    /** {@code mode_t umask(mode_t mask)} */
    public static int umask(int mask) {
        try {
            return (int) UMASK.get().invokeExact(mask);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** {@code int kill(pid_t pid, int sig)} */
    public static void kill(int pid, int sig) throws ErrnoException {
        int rc;
        try {
            rc = (int) KILL.get().invokeExact(Libc.state(), pid, sig);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("kill", rc);
    }

    /** {@code int chdir(const char *path)} */
    public static void chdir(String path) throws ErrnoException {
        int rc;
        try (Arena arena = Arena.ofConfined()) {
            rc = (int) CHDIR.get().invokeExact(Libc.state(), Libc.cstr(arena, path));
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("chdir", rc);
    }

    /** {@code pid_t setsid(void)} */
    public static int setsid() throws ErrnoException {
        int rc;
        try {
            rc = (int) SETSID.get().invokeExact(Libc.state());
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        return Libc.check("setsid", rc);
    }

    /** {@code int setenv(const char *name, const char *value, int overwrite)}, overwriting. */
    public static void setenv(String name, String value) throws ErrnoException {
        int rc;
        try (Arena arena = Arena.ofConfined()) {
            rc = (int) SETENV.get().invokeExact(Libc.state(), Libc.cstr(arena, name), Libc.cstr(arena, value), 1);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("setenv", rc);
    }

    /** {@code int unsetenv(const char *name)} */
    public static void unsetenv(String name) throws ErrnoException {
        int rc;
        try (Arena arena = Arena.ofConfined()) {
            rc = (int) UNSETENV.get().invokeExact(Libc.state(), Libc.cstr(arena, name));
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("unsetenv", rc);
    }

    /**
     * {@code prctl(PR_SET_PDEATHSIG, sig)}: {@code sig} arrives when the thread that started this
     * process ends (0 clears it).
     */
    public static void setParentDeathSignal(int sig) throws ErrnoException {
        int rc;
        try {
            rc = (int) PRCTL.get().invokeExact(Libc.state(), PR_SET_PDEATHSIG, (long) sig);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("prctl", rc);
    }

    private static int invokeInt(Downcall h) {
        try {
            return (int) h.get().invokeExact();
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

}
