package jnode.posix;

import static jnode.posix.Libc.INT;
import static jnode.posix.Libc.LONG;
import static jnode.posix.Libc.PTR;
import static jnode.posix.Libc.SIZE_T;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/** System-identity syscalls for the os module: uname, hostname, priorities, the passwd entry. */
public final class OsSyscalls {
    private OsSyscalls() {}

    /** {@code struct utsname} on Linux: six fields of 65 bytes. */
    private static final int UTS_FIELD = 65;
    private static final long SYS_GETPRIORITY = 140;
    private static final long SYS_SETPRIORITY = 141;
    private static final int PRIO_PROCESS = 0;

    private static final Downcall UNAME = Libc.errnoCall("uname", FunctionDescriptor.of(INT, PTR));
    private static final Downcall GETHOSTNAME =
        Libc.errnoCall("gethostname", FunctionDescriptor.of(INT, PTR, SIZE_T));
    private static final Downcall GETPWUID_R =
        Libc.call("getpwuid_r", FunctionDescriptor.of(INT, INT, PTR, PTR, SIZE_T, PTR));
    // The raw syscalls: getpriority(2) returns 20 - nice, so -1 is never a valid result there
    // (glibc's wrapper makes -1 ambiguous).
    private static final Downcall SYSCALL3 =
        Libc.variadicErrnoCall("syscall", FunctionDescriptor.of(LONG, LONG, INT, INT, INT), 1);

    /**
     * {@code const char *gnu_get_libc_version(void)}: the glibc this process runs on, or null where
     * the C library is not glibc (musl has no such call).
     */
    public static String glibcVersion() {
        var symbol = Libc.LOOKUP.find("gnu_get_libc_version");
        if (symbol.isEmpty()) return null;
        try {
            MethodHandle call = Libc.LINKER.downcallHandle(symbol.get(), FunctionDescriptor.of(PTR));
            MemorySegment version = (MemorySegment) call.invokeExact();
            return version.reinterpret(64).getString(0);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** {@code int uname(struct utsname *)}: [sysname, nodename, release, version, machine]. */
    public static String[] uname() throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(UTS_FIELD * 6L);
            int rc = (int) UNAME.get().invokeExact(Libc.state(), buf);
            Libc.check("uname", rc);
            String[] out = new String[5];
            for (int i = 0; i < 5; i++) out[i] = buf.asSlice((long) i * UTS_FIELD, UTS_FIELD).getString(0);
            return out;
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** {@code int gethostname(char *, size_t)} */
    public static String gethostname() throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(256);
            int rc = (int) GETHOSTNAME.get().invokeExact(Libc.state(), buf, 256L);
            Libc.check("gethostname", rc);
            return buf.getString(0);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** {@code getpriority(PRIO_PROCESS, pid)}: the nice value. */
    public static int getpriority(int pid) throws ErrnoException {
        long rc;
        try {
            rc = (long) SYSCALL3.get().invokeExact(Libc.state(), SYS_GETPRIORITY, PRIO_PROCESS, pid, 0);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("getpriority", rc);
        return 20 - (int) rc;
    }

    /** {@code setpriority(PRIO_PROCESS, pid, prio)} */
    public static void setpriority(int pid, int prio) throws ErrnoException {
        long rc;
        try {
            rc = (long) SYSCALL3.get().invokeExact(Libc.state(), SYS_SETPRIORITY, PRIO_PROCESS, pid, prio);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("setpriority", rc);
    }

    /**
     * {@code getpwuid_r}: [name, uid, gid, dir, shell] as strings, or null when there is no entry.
     * The call returns its error number rather than setting errno.
     */
    public static String[] getpwuid(int uid) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pwd = arena.allocate(48, 8);
            MemorySegment result = arena.allocate(ValueLayout.ADDRESS);
            long size = 16 * 1024;
            while (true) {
                MemorySegment buf = arena.allocate(size);
                int rc = (int) GETPWUID_R.get().invokeExact(uid, pwd, buf, size, result);
                if (rc == 34 /* ERANGE */ && size < (1 << 22)) {
                    size *= 4;
                    continue;
                }
                if (rc != 0) throw new ErrnoException("getpwuid_r", rc);
                if (result.get(ValueLayout.ADDRESS, 0).equals(MemorySegment.NULL)) return null;
                // struct passwd (x86_64): name@0 passwd@8 uid@16 gid@20 gecos@24 dir@32 shell@40
                return new String[] {
                    str(pwd.get(ValueLayout.ADDRESS, 0)),
                    Integer.toUnsignedString(pwd.get(ValueLayout.JAVA_INT, 16)),
                    Integer.toUnsignedString(pwd.get(ValueLayout.JAVA_INT, 20)),
                    str(pwd.get(ValueLayout.ADDRESS, 32)),
                    str(pwd.get(ValueLayout.ADDRESS, 40)),
                };
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    private static String str(MemorySegment p) {
        return p.equals(MemorySegment.NULL) ? null : p.reinterpret(Long.MAX_VALUE).getString(0);
    }
}
