package jnode.runtime;

/**
 * JNODE_DEBUG_STARTUP=1: one stderr line as each start-up phase ends, in ms since the JVM was
 * started, so a slow start can be split into JVM, engine, context, bootstrap and module loads.
 */
public final class StartupTrace {
    public static final boolean ON = System.getenv("JNODE_DEBUG_STARTUP") != null;
    /** The JVM's start as a nanoTime value (the management bean loads only when tracing). */
    private static final long ORIGIN = ON
        ? System.nanoTime() - 1_000_000L * java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()
        : 0;

    private StartupTrace() {}

    public static void mark(String phase) {
        if (ON) System.err.printf("[startup] %7.1f ms  %s%n", (System.nanoTime() - ORIGIN) / 1e6, phase);
    }
}
