package jnode.binding;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import jnode.posix.ErrnoException;
import jnode.posix.IpcSyscalls;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The fd plumbing a fork spare's parent needs below JS (jnode's own; node has no spares): a
 * socketpair for each of the child's pipes, one blocking sendmsg that carries the handoff bytes
 * with the child's stdio fds as SCM_RIGHTS, and how much of what was sent the spare has not read
 * yet. Failures are -errno.
 */
public final class SpareWrapBinding {
    SpareWrapBinding(Realm realm) {
        // stateless: the fds belong to the JS that asked for them
    }

    /** {@code socketpair(AF_UNIX, SOCK_STREAM)}, both ends close-on-exec: [parent end, child end], or -errno. */
    @HostAccess.Export
    public Object socketpair() {
        try {
            return IpcSyscalls.socketpair();
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** Bytes sent on the socket {@code fd} that its peer has not read yet, or -errno. */
    @HostAccess.Export
    public int unread(int fd) {
        try {
            return IpcSyscalls.siocoutq(fd);
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** Writes all of {@code bytes} to the blocking socket {@code fd}, the fds riding on the first write; 0 or -errno. */
    @HostAccess.Export
    public int send(int fd, byte[] bytes, Value fds) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(Math.max(1, bytes.length));
            MemorySegment.copy(bytes, 0, buf, ValueLayout.JAVA_BYTE, 0, bytes.length);
            long sent = 0;
            int[] rights = ProcessWrapBinding.ints(fds);
            while (sent < bytes.length) {
                sent += IpcSyscalls.sendmsg(fd, buf.asSlice(sent), bytes.length - sent, rights);
                rights = null;
            }
            return 0;
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }
}
