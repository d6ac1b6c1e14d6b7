package jnode.binding;

import java.util.LinkedHashSet;
import java.util.Set;
import jnode.posix.ErrnoException;
import jnode.posix.FileSyscalls;
import jnode.posix.IpcSyscalls;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;

/**
 * Node's {@code pipe_wrap} for child stdio and IPC: wraps an fd (a socketpair end) in a
 * {@link PipeHandle} on the loop. It keeps every open handle so the exit path can flush IPC
 * messages still queued (jnode goes beyond node here: nothing sent before exit is lost).
 */
public final class PipeWrapBinding implements AutoCloseable {
    private final Realm realm;
    private final Set<PipeHandle> open = new LinkedHashSet<>();

    PipeWrapBinding(Realm realm) {
        this.realm = realm;
    }

    /** Adopts {@code fd} (made non-blocking); returns the handle, or -errno. */
    @HostAccess.Export
    public Object open(int fd) {
        try {
            IpcSyscalls.setNonBlocking(fd, true);
        } catch (ErrnoException e) {
            return -e.errno;
        }
        PipeHandle h = new PipeHandle(realm, this, fd);
        open.add(h);
        return h;
    }

    /** Closes a bare fd (one received over IPC that nobody adopted). */
    @HostAccess.Export
    public int closeFd(int fd) {
        try {
            FileSyscalls.close(fd);
            return 0;
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** Flushes every handle's queued writes, each until its peer has taken nothing for {@code idleMs}. */
    @HostAccess.Export
    public void flushAll(double idleMs) {
        for (PipeHandle h : Set.copyOf(open)) {
            if (h.hasPendingWrites()) h.flushSync(idleMs);
        }
    }

    void forget(PipeHandle h) {
        open.remove(h);
    }

    @Override
    public void close() {
        open.clear();
    }
}
