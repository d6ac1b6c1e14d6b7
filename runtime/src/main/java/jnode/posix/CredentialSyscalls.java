package jnode.posix;

import static jnode.posix.Libc.INT;
import static jnode.posix.Libc.PTR;
import static jnode.posix.Libc.SIZE_T;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Who this process runs as: the set*id calls, supplementary groups, and the user and group
 * databases (getpwnam_r and friends). glibc's set*id wrappers change every thread of the
 * process, the JVM's included, so a call from any thread changes the whole process.
 */
public final class CredentialSyscalls {
    private CredentialSyscalls() {}

    private static final Downcall SETUID = Libc.errnoCall("setuid", FunctionDescriptor.of(INT, INT));
    private static final Downcall SETGID = Libc.errnoCall("setgid", FunctionDescriptor.of(INT, INT));
    private static final Downcall SETEUID = Libc.errnoCall("seteuid", FunctionDescriptor.of(INT, INT));
    private static final Downcall SETEGID = Libc.errnoCall("setegid", FunctionDescriptor.of(INT, INT));
    private static final Downcall SETGROUPS =
        Libc.errnoCall("setgroups", FunctionDescriptor.of(INT, SIZE_T, PTR));
    private static final Downcall GETGROUPS =
        Libc.errnoCall("getgroups", FunctionDescriptor.of(INT, INT, PTR));
    private static final Downcall INITGROUPS =
        Libc.errnoCall("initgroups", FunctionDescriptor.of(INT, PTR, INT));
    // int getpwnam_r(const char *, struct passwd *, char *buf, size_t, struct passwd **result)
    private static final Downcall GETPWNAM_R =
        Libc.call("getpwnam_r", FunctionDescriptor.of(INT, PTR, PTR, PTR, SIZE_T, PTR));
    private static final Downcall GETPWUID_R =
        Libc.call("getpwuid_r", FunctionDescriptor.of(INT, INT, PTR, PTR, SIZE_T, PTR));
    private static final Downcall GETGRNAM_R =
        Libc.call("getgrnam_r", FunctionDescriptor.of(INT, PTR, PTR, PTR, SIZE_T, PTR));
    private static final Downcall STRERROR = Libc.call("strerror", FunctionDescriptor.of(PTR, INT));

    // struct passwd { char *pw_name; char *pw_passwd; uid_t pw_uid; gid_t pw_gid; ... } and
    // struct group { char *gr_name; char *gr_passwd; gid_t gr_gid; ... } on x86_64/aarch64 Linux.
    private static final long PW_UID = 16;
    private static final long GR_GID = 16;
    private static final long STRUCT_SIZE = 64;
    private static final long BUF_SIZE = 16384;

    /** {@code int setuid(uid_t)} */
    public static void setuid(int uid) throws ErrnoException { idCall(SETUID, "setuid", uid); }

    /** {@code int setgid(gid_t)} */
    public static void setgid(int gid) throws ErrnoException { idCall(SETGID, "setgid", gid); }

    /** {@code int seteuid(uid_t)} */
    public static void seteuid(int uid) throws ErrnoException { idCall(SETEUID, "seteuid", uid); }

    /** {@code int setegid(gid_t)} */
    public static void setegid(int gid) throws ErrnoException { idCall(SETEGID, "setegid", gid); }

    private static void idCall(Downcall h, String name, int id) throws ErrnoException {
        int rc;
        try {
            rc = (int) h.get().invokeExact(Libc.state(), id);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check(name, rc);
    }

    /** {@code int setgroups(size_t, const gid_t *)} */
    public static void setgroups(int[] gids) throws ErrnoException {
        int rc;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment list = arena.allocate(ValueLayout.JAVA_INT, Math.max(1, gids.length));
            MemorySegment.copy(gids, 0, list, ValueLayout.JAVA_INT, 0, gids.length);
            rc = (int) SETGROUPS.get().invokeExact(Libc.state(), (long) gids.length, list);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("setgroups", rc);
    }

    /** {@code int getgroups(int, gid_t[])}: the supplementary groups. */
    public static int[] getgroups() throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            int n = (int) GETGROUPS.get().invokeExact(Libc.state(), 0, MemorySegment.NULL);
            Libc.check("getgroups", n);
            MemorySegment list = arena.allocate(ValueLayout.JAVA_INT, Math.max(1, n));
            n = Libc.check("getgroups", (int) GETGROUPS.get().invokeExact(Libc.state(), n, list));
            return list.asSlice(0, 4L * n).toArray(ValueLayout.JAVA_INT);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** {@code int initgroups(const char *user, gid_t group)} */
    public static void initgroups(String user, int group) throws ErrnoException {
        int rc;
        try (Arena arena = Arena.ofConfined()) {
            rc = (int) INITGROUPS.get().invokeExact(Libc.state(), Libc.cstr(arena, user), group);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("initgroups", rc);
    }

    /** The uid of user {@code name}, or -1 when the user database has no such user. */
    public static long uidByName(String name) {
        return lookupByName(GETPWNAM_R, name, PW_UID);
    }

    /** The gid of group {@code name}, or -1 when the group database has no such group. */
    public static long gidByName(String name) {
        return lookupByName(GETGRNAM_R, name, GR_GID);
    }

    private static long lookupByName(Downcall h, String name, long idOffset) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment entry = arena.allocate(STRUCT_SIZE);
            MemorySegment result = arena.allocate(PTR);
            int rc = (int) h.get().invokeExact(Libc.cstr(arena, name), entry, arena.allocate(BUF_SIZE), BUF_SIZE, result);
            if (rc != 0 || result.get(PTR, 0).equals(MemorySegment.NULL)) return -1;
            return Integer.toUnsignedLong(entry.get(ValueLayout.JAVA_INT, idOffset));
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** The name of user {@code uid}, or null when the user database has no such user. */
    public static String nameByUid(int uid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment entry = arena.allocate(STRUCT_SIZE);
            MemorySegment result = arena.allocate(PTR);
            int rc = (int) GETPWUID_R.get().invokeExact(uid, entry, arena.allocate(BUF_SIZE), BUF_SIZE, result);
            if (rc != 0 || result.get(PTR, 0).equals(MemorySegment.NULL)) return null;
            return entry.get(PTR, 0).reinterpret(Long.MAX_VALUE).getString(0);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** {@code char *strerror(int)}: the C library's text for an errno. */
    public static String strerror(int errno) {
        try {
            MemorySegment s = (MemorySegment) STRERROR.get().invokeExact(errno);
            return s.reinterpret(Long.MAX_VALUE).getString(0);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }
}
