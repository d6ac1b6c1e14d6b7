package jnode.binding;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jnode.posix.ErrnoException;
import jnode.posix.SocketSyscalls;
import jnode.runtime.EventLoop;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Node's {@code cares_wrap} lookup half: getaddrinfo on a worker thread (libuv's threadpool), the
 * result posted back to the loop. Errors are libuv's EAI codes (-3008 EAI_NONAME, ...).
 */
public final class DnsBinding {
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "jnode-dns");
        t.setDaemon(true);
        return t;
    });
    private final Realm realm;

    DnsBinding(Realm realm) {
        this.realm = realm;
    }

    /** A resolver call for a worker thread: its results, or an ErrnoException with an EAI code. */
    @FunctionalInterface
    private interface Work {
        Object[] run() throws ErrnoException;
    }

    /**
     * Runs {@code work} on a worker thread (the loop stays alive meanwhile) and calls
     * {@code cb(status, ...results)} on the loop: status 0, or a negative libuv code and nulls.
     */
    private void offLoop(Work work, int results, Value cb) {
        EventLoop loop = realm.loop();
        loop.ref();
        WORKERS.execute(() -> {
            Object[] args = new Object[results + 1];
            args[0] = 0;
            try {
                Object[] r = work.run();
                System.arraycopy(r, 0, args, 1, results);
            } catch (ErrnoException e) {
                args[0] = uvCode(e.errno);
            } catch (RuntimeException e) {
                args[0] = -3004;
            }
            loop.post(() -> {
                loop.unref();
                realm.invoke(cb, args);
            });
        });
    }

    /**
     * Resolves {@code host} for family 0/4/6 with getaddrinfo {@code flags}; calls
     * {@code cb(status, addresses[], families[])} on the loop.
     */
    @HostAccess.Export
    public void getaddrinfo(String host, int family, int flags, Value cb) {
        int af = family == 4 ? SocketSyscalls.AF_INET : family == 6 ? SocketSyscalls.AF_INET6 : SocketSyscalls.AF_UNSPEC;
        offLoop(() -> {
            List<SocketSyscalls.Resolved> rs = SocketSyscalls.getaddrinfo(host, af, flags);
            String[] addresses = new String[rs.size()];
            int[] families = new int[rs.size()];
            for (int i = 0; i < rs.size(); i++) {
                addresses[i] = SocketSyscalls.ntop(rs.get(i).address());
                families[i] = rs.get(i).family() == SocketSyscalls.AF_INET ? 4 : 6;
            }
            return new Object[] {addresses, families};
        }, 2, cb);
    }

    /** Names {@code address}:{@code port} with getnameinfo; calls {@code cb(status, host, service)}. */
    @HostAccess.Export
    public void getnameinfo(String address, int port, Value cb) {
        offLoop(() -> SocketSyscalls.getnameinfo(address, port), 2, cb);
    }

    /** glibc EAI_* (negative) to libuv's UV_EAI_*. */
    private static int uvCode(int eai) {
        return switch (eai) {
            case -1 -> -3002; // EAI_BADFLAGS
            case -2 -> -3008; // EAI_NONAME
            case -3 -> -3001; // EAI_AGAIN
            case -4 -> -3004; // EAI_FAIL
            case -5 -> -3007; // EAI_NODATA
            case -6 -> -3005; // EAI_FAMILY
            case -7 -> -3011; // EAI_SOCKTYPE
            case -8 -> -3010; // EAI_SERVICE
            case -9 -> -3000; // EAI_ADDRFAMILY
            case -10 -> -3006; // EAI_MEMORY
            case -12 -> -3009; // EAI_OVERFLOW
            default -> -3004;
        };
    }
}
