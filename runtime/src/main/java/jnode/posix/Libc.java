package jnode.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * The FFM plumbing shared by the syscall facades: symbol lookup, downcall handles that capture
 * errno, and a per-thread errno buffer (never a shared static: concurrent calls would overwrite
 * each other's errno).
 */
public final class Libc {
    private Libc() {}

    static final Linker LINKER = Linker.nativeLinker();
    static final SymbolLookup LOOKUP = LINKER.defaultLookup();
    private static final MemoryLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");
    private static final VarHandle ERRNO =
        CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final ThreadLocal<MemorySegment> STATE =
        ThreadLocal.withInitial(() -> Arena.global().allocate(CAPTURE));

    public static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    public static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    public static final ValueLayout.OfLong SIZE_T = ValueLayout.JAVA_LONG;
    public static final java.lang.foreign.AddressLayout PTR = ValueLayout.ADDRESS;

    /** A downcall whose first argument is the errno capture segment (see {@link #state()}). */
    static Downcall errnoCall(String name, FunctionDescriptor fd) {
        return new Downcall(name, fd, CAPTURE_ERRNO);
    }

    /**
     * An errno call that may be handed heap memory (a {@code MemorySegment.ofArray}) with no copy
     * into native memory first. Only for calls that never block: the GC waits while one runs.
     */
    static Downcall criticalErrnoCall(String name, FunctionDescriptor fd) {
        return new Downcall(name, fd, CAPTURE_ERRNO, Linker.Option.critical(true));
    }

    /** A downcall for a function that cannot fail (getpid, umask). */
    static Downcall call(String name, FunctionDescriptor fd) {
        return new Downcall(name, fd);
    }

    /**
     * A variadic errno call ({@code fcntl}, {@code ioctl}, {@code prctl}, {@code syscall}): the
     * arguments from {@code firstVariadic} on are passed as C passes variadic ones.
     */
    static Downcall variadicErrnoCall(String name, FunctionDescriptor fd, int firstVariadic) {
        return new Downcall(name, fd, Linker.Option.firstVariadicArg(firstVariadic), CAPTURE_ERRNO);
    }

    /** This thread's errno capture buffer, passed as the first argument of an errno call. */
    static MemorySegment state() {
        return STATE.get();
    }

    /** The errno the last errno call on this thread captured. */
    static int errno() {
        return (int) ERRNO.get(STATE.get(), 0L);
    }

    /** Throws {@link ErrnoException} when a syscall returned a negative value. */
    static int check(String syscall, int rc) throws ErrnoException {
        if (rc < 0) throw new ErrnoException(syscall, errno());
        return rc;
    }

    static long check(String syscall, long rc) throws ErrnoException {
        if (rc < 0) throw new ErrnoException(syscall, errno());
        return rc;
    }

    /** A NUL-terminated copy of {@code s} in {@code arena}. */
    static MemorySegment cstr(Arena arena, String s) {
        return arena.allocateFrom(s);
    }

    static RuntimeException fatal(Throwable t) {
        return new IllegalStateException("native call failed", t);
    }
}
