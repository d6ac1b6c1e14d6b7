package jnode.posix;

/**
 * A failed syscall: the syscall's name and its errno. It carries no stack trace, because it is a
 * value on a fast path, not a bug. Handles turn it into {@code -errno} for JS; Java never builds a
 * user-visible error from it.
 */
public final class ErrnoException extends Exception {
    public final String syscall;
    public final int errno;

    public ErrnoException(String syscall, int errno) {
        super(syscall + " failed: errno " + errno, null, false, false);
        this.syscall = syscall;
        this.errno = errno;
    }
}
