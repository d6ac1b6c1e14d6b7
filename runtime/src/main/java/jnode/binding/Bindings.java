package jnode.binding;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;

/**
 * The binding loader: what JS's {@code internalBinding(name)} returns (Node's
 * {@code internalBinding}). Each binding is created on first use, once per realm, and owns the
 * resources it opens; {@link #close} releases them when the realm ends.
 */
public final class Bindings {
    private static final Map<String, Function<Realm, Object>> FACTORIES = Map.ofEntries(
        Map.entry("natives", NativesBinding::new),
        Map.entry("os", OsBinding::new),
        Map.entry("tty_wrap", TtyBinding::new),
        Map.entry("tcp_wrap", TcpWrapBinding::new),
        Map.entry("udp_wrap", UdpWrapBinding::new),
        Map.entry("cares_wrap", DnsBinding::new),
        Map.entry("process", ProcessBinding::new),
        Map.entry("credentials", CredentialsBinding::new),
        Map.entry("timers", TimersBinding::new),
        Map.entry("stdio", StdioBinding::new),
        Map.entry("fs", FsBinding::new),
        Map.entry("process_wrap", ProcessWrapBinding::new),
        Map.entry("pipe_wrap", PipeWrapBinding::new),
        Map.entry("spawn_sync", SpawnSyncBinding::new),
        Map.entry("spare_wrap", SpareWrapBinding::new),
        Map.entry("signal", SignalBinding::new),
        Map.entry("crypto", CryptoBinding::new),
        Map.entry("zlib", ZlibBinding::new),
        Map.entry("buffer", realm -> new BufferBinding()),
        Map.entry("heap_utils", HeapBinding::new),
        Map.entry("performance", PerformanceBinding::new),
        Map.entry("embedding", EmbeddingBinding::new),
        Map.entry("http_parser", jnode.http.HttpParserBinding::new),
        Map.entry("tls_wrap", TlsWrapBinding::new));

    private final Realm realm;
    private final Map<String, Object> loaded = new HashMap<>();

    public Bindings(Realm realm) {
        this.realm = realm;
    }

    @HostAccess.Export
    public Object get(String name) {
        Object b = loaded.get(name);
        if (b == null) {
            Function<Realm, Object> f = FACTORIES.get(name);
            if (f == null) throw new IllegalArgumentException("No such binding: " + name);
            b = f.apply(realm);
            loaded.put(name, b);
        }
        return b;
    }

    /** Releases every binding's resources; idempotent. */
    public void close() {
        for (Object b : loaded.values()) {
            if (b instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing on the way out: nothing left to report it to
                }
            }
        }
        loaded.clear();
    }
}
