package org.peelrms.nominal.internal.duplicates;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap in use just after a garbage collection, while it listens: what the data really holds (the
 * heap in use between collections includes garbage, and rises towards -Xmx whatever the data needs).
 */
final class HeapAfterCollections implements AutoCloseable {
    private final AtomicLong largest = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(pool -> isHeap(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed()).sum();
            largest.accumulateAndGet(used, Math::max);
            collections.incrementAndGet();
        }
    };

    HeapAfterCollections() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    private static boolean isHeap(String pool) {
        return ManagementFactory.getMemoryPoolMXBeans().stream().anyMatch(bean -> bean.getName().equals(pool)
                && bean.getType() == java.lang.management.MemoryType.HEAP);
    }

    /** "largest heap after a collection 812 MB (of -Xmx 1,536 MB, 57 collections)". */
    String summary() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return String.format("largest heap in use after a collection %,d MB (-Xmx %,d MB, %d collections)",
                largest.get() >> 20, heap.getMax() >> 20, collections.get());
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // never added: nothing to remove
            }
        }
    }
}
