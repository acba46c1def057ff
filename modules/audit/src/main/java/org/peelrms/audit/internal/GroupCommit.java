package org.peelrms.audit.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Group commit (ADR 0056): many threads each hand over something that must be written and committed before
 * they carry on, and what arrives while a write is under way goes together in a later one: one transaction
 * and one wait for the disk for all of it. No thread of its own: a caller who finds something waiting and
 * fewer than {@code writers} writes under way writes (it leads), taking up to {@code most} of the oldest
 * waiting, its own among them or not; the others wait. When a write ends, its callers carry on and a caller
 * still waiting leads the next. A failed write of several is tried again one at a time, so something that
 * cannot be written fails only its own caller.
 *
 * <p>A write is given its items in the order they were handed over. It must not wait for anything the
 * waiting callers hold (ADR 0056: its connections come from a pool of their own, with room for
 * {@code writers} at once).
 */
public final class GroupCommit<T> {
    private final int writers;
    private final int most;
    private final Consumer<List<T>> write;
    private final ArrayDeque<Waiting<T>> queue = new ArrayDeque<>();
    private int writing;

    public GroupCommit(int writers, int most, Consumer<List<T>> write) {
        if (writers < 1 || most < 1) {
            throw new IllegalArgumentException("at least one write at a time, of at least one item");
        }
        this.writers = writers;
        this.most = most;
        this.write = write;
    }

    /** Returns once {@code item} is written and committed; throws what its write threw if it could not be. */
    public void append(T item) {
        Waiting<T> mine = new Waiting<>(item);
        boolean interrupted = false;
        synchronized (this) {
            queue.add(mine);
        }
        while (true) {
            List<Waiting<T>> batch = new ArrayList<>();
            synchronized (this) {
                while (!mine.ended && (writing == writers || queue.isEmpty())) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true; // the item is queued or being written: it is written whatever happens here
                    }
                }
                if (mine.ended) {
                    break;
                }
                writing++;
                while (batch.size() < most && !queue.isEmpty()) {
                    batch.add(queue.poll());
                }
            }
            write(batch);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    /** How many items wait for a write to take them. */
    synchronized int waiting() {
        return queue.size();
    }

    private void write(List<Waiting<T>> batch) {
        try {
            tryToWrite(batch);
        } finally {
            synchronized (this) {
                for (Waiting<T> waiting : batch) {
                    if (!waiting.ended) {
                        waiting.failure = new IllegalStateException("the audit entry was not written");
                        waiting.ended = true;
                    }
                }
                writing--;
                notifyAll();
            }
        }
    }

    private void tryToWrite(List<Waiting<T>> batch) {
        try {
            write.accept(batch.stream().map(waiting -> waiting.item).toList());
            batch.forEach(waiting -> waiting.ended(null));
        } catch (RuntimeException all) {
            if (batch.size() == 1) {
                batch.get(0).ended(all);
                return;
            }
            for (Waiting<T> waiting : batch) {
                try {
                    write.accept(List.of(waiting.item));
                    waiting.ended(null);
                } catch (RuntimeException one) {
                    waiting.ended(one);
                }
            }
        }
    }

    /** One caller's item and how its write ended (the failure set before {@code ended}, read after it). */
    private static final class Waiting<T> {
        final T item;
        volatile boolean ended;
        RuntimeException failure;

        Waiting(T item) {
            this.item = item;
        }

        void ended(RuntimeException failure) {
            this.failure = failure;
            this.ended = true;
        }
    }
}
