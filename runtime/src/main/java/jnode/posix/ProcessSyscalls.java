package jnode.posix;

import static jnode.posix.Libc.INT;
import static jnode.posix.Libc.PTR;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/** Process-identity syscalls: who am I, who is my parent, signal someone, and the cwd/umask. */
public final class ProcessSyscalls {
    private ProcessSyscalls() {}

    private static final MethodHandle GETPID = Libc.call("getpid", FunctionDescriptor.of(INT));
    private static final MethodHandle GETPPID = Libc.call("getppid", FunctionDescriptor.of(INT));
    private static final MethodHandle GETUID = Libc.call("getuid", FunctionDescriptor.of(INT));
    private static final MethodHandle GETEUID = Libc.call("geteuid", FunctionDescriptor.of(INT));
    private static final MethodHandle GETGID = Libc.call("getgid", FunctionDescriptor.of(INT));
    private static final MethodHandle GETEGID = Libc.call("getegid", FunctionDescriptor.of(INT));
    private static final MethodHandle UMASK = Libc.call("umask", FunctionDescriptor.of(INT, INT));
    private static final MethodHandle KILL = Libc.errnoCall("kill", FunctionDescriptor.of(INT, INT, INT));
    private static final MethodHandle CHDIR = Libc.errnoCall("chdir", FunctionDescriptor.of(INT, PTR));
    private static final MethodHandle SETSID = Libc.errnoCall("setsid", FunctionDescriptor.of(INT));

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
            return (int) UMASK.invokeExact(mask);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** {@code int kill(pid_t pid, int sig)} */
    public static void kill(int pid, int sig) throws ErrnoException {
        int rc;
        try {
            rc = (int) KILL.invokeExact(Libc.state(), pid, sig);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("kill", rc);
    }

    /** {@code int chdir(const char *path)} */
    public static void chdir(String path) throws ErrnoException {
        int rc;
        try (Arena arena = Arena.ofConfined()) {
            rc = (int) CHDIR.invokeExact(Libc.state(), Libc.cstr(arena, path));
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("chdir", rc);
    }

    /** {@code pid_t setsid(void)} */
    public static int setsid() throws ErrnoException {
        int rc;
        try {
            rc = (int) SETSID.invokeExact(Libc.state());
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        return Libc.check("setsid", rc);
    }

    private static int invokeInt(MethodHandle h) {
        try {
            return (int) h.invokeExact();
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

}
