package jnode.posix;

import static jnode.posix.Libc.INT;
import static jnode.posix.Libc.PTR;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/** Directory streams: opendir/readdir/closedir. Failures throw {@link ErrnoException}. */
public final class DirSyscalls {
    private DirSyscalls() {}

    /** One directory entry: its name and its {@code d_type}. */
    public record Entry(String name, int type) {}

    public static final int DT_UNKNOWN = 0;

    private static final Downcall OPENDIR = Libc.errnoCall("opendir", FunctionDescriptor.of(PTR, PTR));
    private static final Downcall READDIR = Libc.errnoCall("readdir64", FunctionDescriptor.of(PTR, PTR));
    private static final Downcall ERRNO_LOCATION =
        Libc.call("__errno_location", FunctionDescriptor.of(PTR));
    private static final Downcall CLOSEDIR = Libc.errnoCall("closedir", FunctionDescriptor.of(INT, PTR));
    /** d_ino@0, d_off@8, d_reclen@16, d_type@18, d_name@19 (up to 256 bytes). */
    private static final long D_TYPE = 18;
    private static final long D_NAME = 19;

    /** {@code DIR *opendir(const char *name)} */
    public static MemorySegment opendir(String path) throws ErrnoException {
        MemorySegment rc;
        try {
            rc = (MemorySegment) OPENDIR.get().invokeExact(Libc.state(), Scratch.path(path, 0));
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        if (rc.address() == 0) throw new ErrnoException("opendir", Libc.errno());
        return rc;
    }

    /**
     * {@code struct dirent64 *readdir64(DIR *dirp)}: the next entry other than "." and "..", or null
     * at the end (errno distinguishes the end from a failure, so it is cleared first).
     */
    public static Entry readdir(MemorySegment dir) throws ErrnoException {
        while (true) {
            MemorySegment rc;
            try {
                ((MemorySegment) ERRNO_LOCATION.get().invokeExact()).reinterpret(4).set(ValueLayout.JAVA_INT, 0, 0);
                rc = (MemorySegment) READDIR.get().invokeExact(Libc.state(), dir);
            } catch (Throwable t) {
                throw Libc.fatal(t);
            }
            if (rc.address() == 0) {
                int errno = Libc.errno();
                if (errno != 0) throw new ErrnoException("scandir", errno);
                return null;
            }
            MemorySegment d = rc.reinterpret(D_NAME + 256);
            int type = d.get(ValueLayout.JAVA_BYTE, D_TYPE) & 0xff;
            String name = d.getString(D_NAME, StandardCharsets.UTF_8);
            if (name.equals(".") || name.equals("..")) continue;
            return new Entry(name, type);
        }
    }

    /** {@code int closedir(DIR *dirp)} */
    public static void closedir(MemorySegment dir) throws ErrnoException {
        int rc;
        try {
            rc = (int) CLOSEDIR.get().invokeExact(Libc.state(), dir);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        Libc.check("closedir", rc);
    }
}
