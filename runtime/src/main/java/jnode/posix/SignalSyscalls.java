package jnode.posix;

import static jnode.posix.Libc.INT;
import static jnode.posix.Libc.LONG;
import static jnode.posix.Libc.PTR;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Signal dispositions and masks (glibc x86_64): {@code signal(sig, SIG_DFL)},
 * {@code pthread_sigmask} and the {@code sigset_t}s that posix_spawn's attributes take, built in
 * memory rather than with sigemptyset/sigaddset: every downcall made at start-up costs time.
 */
public final class SignalSyscalls {
    private SignalSyscalls() {}

    /** glibc's sigset_t. */
    private static final long SIGSET_SIZE = 128;
    private static final long SIG_DFL = 0;
    private static final long SIG_ERR = -1;
    private static final int SIG_UNBLOCK = 1;
    private static final int SIGKILL = 9;
    private static final int SIGSTOP = 19;

    private static final Downcall SIGNAL = Libc.errnoCall("signal", FunctionDescriptor.of(LONG, INT, LONG));
    private static final Downcall PTHREAD_SIGMASK = Libc.call("pthread_sigmask",
        FunctionDescriptor.of(INT, INT, PTR, PTR));

    /** {@code signal(sig, SIG_DFL)}: a pending {@code sig} stays pending (its default is not "ignore"). */
    public static void signalDefault(int sig) throws ErrnoException {
        long old;
        try {
            old = (long) SIGNAL.get().invokeExact(Libc.state(), sig, SIG_DFL);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        if (old == SIG_ERR) throw new ErrnoException("signal", Libc.errno());
    }

    /** {@code pthread_sigmask(SIG_UNBLOCK, {sigs}, NULL)} for the calling thread. */
    public static void unblock(int... sigs) throws ErrnoException {
        int rc;
        try (Arena arena = Arena.ofConfined()) {
            rc = (int) PTHREAD_SIGMASK.get().invokeExact(SIG_UNBLOCK, set(arena, sigs), MemorySegment.NULL);
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
        if (rc != 0) throw new ErrnoException("pthread_sigmask", rc);
    }

    /** A sigset_t in {@code arena} holding {@code sigs} (bit n - 1 is signal n, as glibc's). */
    public static MemorySegment set(Arena arena, int... sigs) {
        MemorySegment s = arena.allocate(SIGSET_SIZE, 8); // zeroed: the empty set
        for (int sig : sigs) {
            long word = (sig - 1) / 64 * 8L;
            s.set(ValueLayout.JAVA_LONG, word, s.get(ValueLayout.JAVA_LONG, word) | 1L << ((sig - 1) % 64));
        }
        return s;
    }

    /**
     * A sigset_t in {@code arena} holding every signal a process can catch (all but KILL and STOP),
     * glibc's two internal ones (32, 33) included: a posix_spawn child whose default set lacks them
     * (sigfillset leaves them out) starts with them ignored.
     */
    public static MemorySegment catchable(Arena arena) {
        MemorySegment s = arena.allocate(SIGSET_SIZE, 8);
        s.fill((byte) 0xff);
        long first = s.get(ValueLayout.JAVA_LONG, 0) & ~(1L << (SIGKILL - 1)) & ~(1L << (SIGSTOP - 1));
        s.set(ValueLayout.JAVA_LONG, 0, first);
        return s;
    }
}
