package jnode.binding;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jnode.posix.ErrnoException;
import jnode.posix.ProcessSyscalls;
import jnode.runtime.Config;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Facts about this process and the few calls that change it (Node's {@code process_methods}).
 * The working directory is kept per realm, so embedded runtimes do not share one; the CLI also
 * changes the OS's, which children and native code see.
 */
public final class ProcessBinding {
    private final Realm realm;
    private final Config config;

    ProcessBinding(Realm realm) {
        this.realm = realm;
        this.config = realm.config();
    }

    @HostAccess.Export public String engine() { return realm.engineName(); }
    @HostAccess.Export public int pid() { return ProcessSyscalls.getpid(); }
    @HostAccess.Export public int ppid() { return ProcessSyscalls.getppid(); }
    @HostAccess.Export public int getuid() { return ProcessSyscalls.getuid(); }
    @HostAccess.Export public int geteuid() { return ProcessSyscalls.geteuid(); }
    @HostAccess.Export public int getgid() { return ProcessSyscalls.getgid(); }
    @HostAccess.Export public int getegid() { return ProcessSyscalls.getegid(); }
    @HostAccess.Export public String execPath() { return config.execPath(); }
    @HostAccess.Export public Object execArgv() { return config.execArgv().toArray(); }
    @HostAccess.Export public Object options() { return config.options().toArray(); }
    @HostAccess.Export public Object args() { return config.args().toArray(); }
    @HostAccess.Export public String script() { return config.script(); }
    @HostAccess.Export public String evalSource() { return config.evalSource(); }
    @HostAccess.Export public boolean printEval() { return config.printEval(); }
    @HostAccess.Export public Object preload() { return config.preload().toArray(); }
    @HostAccess.Export public boolean warnings() { return config.warnings(); }
    @HostAccess.Export public String title() { return config.title(); }
    @HostAccess.Export public boolean ownsProcess() { return config.ownsProcess(); }
    @HostAccess.Export public Map<String, String> env() { return config.env(); }
    @HostAccess.Export public String cwd() { return realm.cwd().toString(); }

    /** Changes the working directory; returns 0 or -errno. */
    @HostAccess.Export
    public int chdir(String dir) {
        Path target = realm.cwd().resolve(dir).normalize();
        if (config.ownsProcess()) {
            try {
                ProcessSyscalls.chdir(target.toString());
            } catch (ErrnoException e) {
                return -e.errno;
            }
        } else if (!Files.isDirectory(target)) {
            return Files.exists(target) ? -20 /* ENOTDIR */ : -2 /* ENOENT */;
        }
        realm.setCwd(target);
        return 0;
    }

    @HostAccess.Export
    public int umask(int mask) {
        return ProcessSyscalls.umask(mask);
    }

    /** Reads the umask without changing it (umask has no read-only form). */
    @HostAccess.Export
    public int currentUmask() {
        int old = ProcessSyscalls.umask(0);
        ProcessSyscalls.umask(old);
        return old;
    }

    /** Monotonic nanoseconds, for hrtime. */
    @HostAccess.Export
    public double hrtimeNanos() {
        return System.nanoTime();
    }

    /** Seconds since the realm's time origin (see {@link Realm#originNanos}). */
    @HostAccess.Export
    public double uptime() {
        return (System.nanoTime() - realm.originNanos()) / 1e9;
    }

    /**
     * [rss, heapTotal, heapUsed, external, arrayBuffers] in bytes. arrayBuffers is the JDK's direct
     * buffer memory (what node counts there: byte memory outside the heap); external adds the
     * JVM's other memory outside the heap.
     */
    @HostAccess.Export
    public double[] memoryUsage() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage other = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        BufferPoolMXBean pool = HeapBinding.directPool();
        long direct = pool == null ? 0 : pool.getMemoryUsed();
        return new double[] {rss(), heap.getCommitted(), heap.getUsed(), other.getUsed() + direct, direct};
    }

    /** Resident set size from /proc/self/statm (pages × page size). */
    @HostAccess.Export
    public double rss() {
        try {
            String[] f = Files.readString(Path.of("/proc/self/statm")).trim().split(" ");
            return Long.parseLong(f[1]) * 4096.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** [user, system] CPU time in microseconds. */
    @HostAccess.Export
    public double[] cpuUsage() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15, in clock ticks of 1/100 s.
            return new double[] {Long.parseLong(f[11]) * 10_000.0, Long.parseLong(f[12]) * 10_000.0};
        } catch (IOException | RuntimeException e) {
            OperatingSystemMXBean os =
                (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new double[] {os.getProcessCpuTime() / 1000.0, 0};
        }
    }

    /** Sends {@code sig} to {@code pid}; returns 0 or -errno. */
    @HostAccess.Export
    public int kill(int pid, int sig) {
        try {
            ProcessSyscalls.kill(pid, sig);
            return 0;
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** Shows {@code title} in ps/top/pgrep, when this runtime owns the process. */
    @HostAccess.Export
    public void setTitle(String title) {
        if (config.ownsProcess()) ProcessTitle.set(title);
    }

    /** Ends the OS process at once with SIGABRT's default action (process.abort()). */
    @HostAccess.Export
    public void abort() {
        Runtime.getRuntime().halt(134);
    }

    /** The trampoline every callback goes through, and the tick, fatal and idle hooks. */
    @HostAccess.Export
    public void setHooks(Value trampoline, Value tick, Value fatal, Value idle) {
        realm.setHooks(trampoline, tick, fatal, idle);
    }

    /** True while a ref'd handle or request keeps the loop alive. */
    @HostAccess.Export
    public boolean loopAlive() {
        return realm.loop().refs() > 0;
    }

    /** argv[0] as the user typed it. */
    @HostAccess.Export
    public String argv0() {
        return System.getProperty("jnode.argv0", "jnode");
    }

    /** The [nextTick pending, rejections pending] flags, shared with JS as an Int32Array. */
    @HostAccess.Export
    public Object tickInfo() {
        return realm.tickInfo();
    }
}
