package jnode.binding;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;

/**
 * The JVM's memory as the v8 module reports V8's (node's {@code heap_utils}/{@code v8} bindings):
 * JS objects live in the Java heap, compiled code in the code cache, and Buffers' native memory in
 * direct buffers. Figures are bytes.
 */
public final class HeapBinding {
    HeapBinding(Realm realm) {}

    /**
     * [committed, code committed, max - used, used, max, direct used, direct peak (its capacity),
     * non-heap used + direct]: what getHeapStatistics() is made of.
     */
    @HostAccess.Export
    public double[] heapStatistics() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage other = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        long max = heap.getMax() < 0 ? heap.getCommitted() : heap.getMax();
        BufferPoolMXBean direct = directPool();
        long directUsed = direct == null ? 0 : direct.getMemoryUsed();
        long directCapacity = direct == null ? 0 : direct.getTotalCapacity();
        return new double[] {
            heap.getCommitted(), code().getCommitted(), max - heap.getUsed(), heap.getUsed(), max,
            directUsed, directCapacity, other.getUsed() + directUsed,
        };
    }

    /** A full collection, for --expose-gc's gc(). */
    @HostAccess.Export
    public void collect() {
        System.gc();
    }

    /**
     * One [kind, committed, used, available] per heap or code pool; kind is "new" (a collector's
     * young pools), "old" or "code".
     */
    @HostAccess.Export
    public Object[] spaces() {
        List<Object> out = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName();
            String kind;
            if (pool.getType() == MemoryType.NON_HEAP) {
                if (!name.startsWith("CodeHeap") && !name.equals("CodeCache")) continue;
                kind = "code";
            } else {
                kind = name.contains("Eden") || name.contains("Survivor") ? "new" : "old";
            }
            MemoryUsage u = pool.getUsage();
            long available = u.getMax() < 0 ? u.getCommitted() - u.getUsed() : u.getMax() - u.getUsed();
            out.add(new Object[] {kind, (double) u.getCommitted(), (double) u.getUsed(), (double) available});
        }
        return out.toArray();
    }

    private static MemoryUsage code() {
        long committed = 0;
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.NON_HEAP
                && (pool.getName().startsWith("CodeHeap") || pool.getName().equals("CodeCache"))) {
                committed += pool.getUsage().getCommitted();
                used += pool.getUsage().getUsed();
            }
        }
        return new MemoryUsage(0, used, committed, -1);
    }

    /** Code cache bytes in use: what getHeapCodeStatistics() calls code and metadata. */
    @HostAccess.Export
    public double codeUsed() {
        return code().getUsed();
    }

    /** The JDK's direct buffers: where Buffers' native memory (and Netty's) lives. */
    static BufferPoolMXBean directPool() {
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) return pool;
        }
        return null;
    }
}
