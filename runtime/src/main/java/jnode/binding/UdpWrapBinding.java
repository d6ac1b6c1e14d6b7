package jnode.binding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import jnode.handle.UdpHandle;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Node's {@code udp_wrap}: makes {@link UdpHandle}s and holds the JS dispatcher they deliver
 * datagrams through. Every live handle is closed when the realm ends.
 */
public final class UdpWrapBinding implements AutoCloseable {
    private final Realm realm;
    private final Set<UdpHandle> live = new HashSet<>();
    private Value dispatch;

    UdpWrapBinding(Realm realm) {
        this.realm = realm;
    }

    /** {@code dispatch(owner, name, a, b)} calls {@code owner[name](a, b)}. */
    @HostAccess.Export
    public void setup(Value dispatch) {
        this.dispatch = dispatch;
    }

    @HostAccess.Export
    public UdpHandle udp() {
        return new UdpHandle(realm, dispatch, live);
    }

    @Override
    public void close() {
        for (UdpHandle h : new ArrayList<>(live)) h.closeQuietly();
        live.clear();
    }
}
