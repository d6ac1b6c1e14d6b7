package jnode.binding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import jnode.handle.ReadScratch;
import jnode.handle.SocketHandle;
import jnode.posix.ErrnoException;
import jnode.posix.SocketSyscalls;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Node's {@code tcp_wrap} and {@code pipe_wrap} in one binding: it makes {@link SocketHandle}s
 * and holds the JS dispatcher they deliver events through. Every live handle is closed when the
 * realm ends.
 */
public final class TcpWrapBinding implements AutoCloseable {
    private static final int SOCK_DGRAM = 2;
    private final Realm realm;
    private final Set<SocketHandle> live = new HashSet<>();
    private final ReadScratch scratch = new ReadScratch();
    private Value dispatch;

    TcpWrapBinding(Realm realm) {
        this.realm = realm;
    }

    /** {@code dispatch(owner, name, a, b, c)} calls {@code owner[name](a, b, c)}. */
    @HostAccess.Export
    public void setup(Value dispatch) {
        this.dispatch = dispatch;
    }

    @HostAccess.Export
    public SocketHandle tcp() {
        return new SocketHandle(realm, dispatch, live, scratch, false);
    }

    @HostAccess.Export
    public SocketHandle pipe() {
        return new SocketHandle(realm, dispatch, live, scratch, true);
    }

    /** 'TCP', 'UDP', 'PIPE' (Unix socket), or 'UNKNOWN' (node's guessHandleType for sockets). */
    @HostAccess.Export
    public String guessSocketType(int fd) {
        try {
            int domain = SocketSyscalls.getsockoptInt(fd, SocketSyscalls.SOL_SOCKET, SocketSyscalls.SO_DOMAIN);
            if (domain == SocketSyscalls.AF_UNIX) return "PIPE";
            if (domain != SocketSyscalls.AF_INET && domain != SocketSyscalls.AF_INET6) return "UNKNOWN";
            return SocketSyscalls.getsockoptInt(fd, SocketSyscalls.SOL_SOCKET, SocketSyscalls.SO_TYPE) == SOCK_DGRAM
                ? "UDP" : "TCP";
        } catch (ErrnoException e) {
            return "UNKNOWN";
        }
    }

    @Override
    public void close() {
        for (SocketHandle h : new ArrayList<>(live)) h.closeQuietly();
        live.clear();
    }
}
