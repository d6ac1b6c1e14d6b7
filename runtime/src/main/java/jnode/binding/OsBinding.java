package jnode.binding;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import jnode.posix.ErrnoException;
import jnode.posix.OsSyscalls;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;

/**
 * What the os module asks the system (Node's {@code os} binding). Results are strings, numbers or
 * arrays of them; a failure is {@code -errno}.
 */
public final class OsBinding {
    OsBinding(Realm realm) {}

    /** The host name, or -errno. */
    @HostAccess.Export
    public Object hostname() {
        try {
            return OsSyscalls.gethostname();
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** [sysname, nodename, release, version, machine], or -errno. */
    @HostAccess.Export
    public Object uname() {
        try {
            return OsSyscalls.uname();
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** The glibc version ("2.36"), or null on another C library. */
    @HostAccess.Export
    public String glibcVersion() {
        return OsSyscalls.glibcVersion();
    }

    /** [0, nice] or [-errno, 0]. */
    @HostAccess.Export
    public int[] getPriority(int pid) {
        try {
            return new int[] {0, OsSyscalls.getpriority(pid)};
        } catch (ErrnoException e) {
            return new int[] {-e.errno, 0};
        }
    }

    /** 0 or -errno. */
    @HostAccess.Export
    public int setPriority(int pid, int prio) {
        try {
            OsSyscalls.setpriority(pid, prio);
            return 0;
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** [username, uid, gid, homedir, shell] for {@code uid}, or -errno (-ENOENT: no entry). */
    @HostAccess.Export
    public Object userInfo(int uid) {
        try {
            String[] pw = OsSyscalls.getpwuid(uid);
            return pw == null ? (Object) (-2) : pw;
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** A small text file from /proc or /sys, or null when it cannot be read. */
    @HostAccess.Export
    public String readProcFile(String path) {
        if (!path.startsWith("/proc/") && !path.startsWith("/sys/")) return null;
        try {
            return new String(Files.readAllBytes(Path.of(path)), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** CPUs this process may run on (affinity and container limits). */
    @HostAccess.Export
    public int availableParallelism() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * One row per address: [name, family (4|6), address bytes (int[]), prefix length, mac,
     * internal, scope id]. Interfaces in index order, IPv4 addresses before IPv6 (getifaddrs order).
     */
    @HostAccess.Export
    public Object[] interfaces() {
        List<NetworkInterface> ifaces;
        try {
            ifaces = Collections.list(NetworkInterface.getNetworkInterfaces());
        } catch (SocketException | RuntimeException e) {
            return new Object[0];
        }
        ifaces.sort(Comparator.comparingInt(NetworkInterface::getIndex));
        List<Object[]> v4 = new ArrayList<>();
        List<Object[]> v6 = new ArrayList<>();
        for (NetworkInterface ni : ifaces) {
            try {
                if (!ni.isUp()) continue;
                String mac = mac(ni.getHardwareAddress());
                boolean internal = ni.isLoopback();
                for (InterfaceAddress ia : ni.getInterfaceAddresses()) {
                    InetAddress a = ia.getAddress();
                    byte[] raw = a.getAddress();
                    int[] bytes = new int[raw.length];
                    for (int i = 0; i < raw.length; i++) bytes[i] = raw[i] & 0xff;
                    int scope = a instanceof java.net.Inet6Address a6 ? a6.getScopeId() : 0;
                    Object[] row = {ni.getName(), a instanceof Inet4Address ? 4 : 6, bytes,
                        (int) ia.getNetworkPrefixLength(), mac, internal, scope};
                    (a instanceof Inet4Address ? v4 : v6).add(row);
                }
            } catch (SocketException | RuntimeException e) {
                // an interface that vanished mid-walk: skip it
            }
        }
        v4.addAll(v6);
        return v4.toArray();
    }

    private static String mac(byte[] hw) {
        if (hw == null || hw.length != 6) return "00:00:00:00:00:00";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < hw.length; i++) {
            if (i > 0) sb.append(':');
            sb.append(String.format("%02x", hw[i] & 0xff));
        }
        return sb.toString();
    }
}
