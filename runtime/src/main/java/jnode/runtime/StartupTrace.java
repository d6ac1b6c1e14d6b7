package jnode.runtime;

/**
 * JNODE_DEBUG_STARTUP=1: one stderr line as each start-up phase ends, in ms since the JVM was
 * started (and CPU times), so a slow start can be split into JVM, engine, context, bootstrap and module loads.
 */
public final class StartupTrace {
    public static final boolean ON = System.getenv("JNODE_DEBUG_STARTUP") != null;
    /** The JVM's start as a nanoTime value (the management bean loads only when tracing). */
    private static final long ORIGIN = ON
        ? System.nanoTime() - 1_000_000L * java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()
        : 0;

    private StartupTrace() {}

    /**
     * Also the CPU time of this thread and of the whole process: on a busy machine they vary
     * less than the wall time does.
     */
    public static void mark(String phase) {
        if (!ON) return;
        long thread = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long process = ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        System.err.printf("[startup] %7.1f ms  (cpu: thread %6.1f, process %6.1f)  %s%n",
            (System.nanoTime() - ORIGIN) / 1e6, thread / 1e6, process / 1e6, phase);
    }
}
