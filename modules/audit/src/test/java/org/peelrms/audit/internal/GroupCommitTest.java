package org.peelrms.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The group commit: what arrives while a write is under way goes in the next write, every item is written once
 * and in the order handed over, no caller returns before its item is written, and an item that cannot be
 * written fails only its own caller.
 */
class GroupCommitTest {
    private final ExecutorService callers = Executors.newFixedThreadPool(8);
    /** Each write, as the list of items it was given. */
    private final List<List<String>> writes = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void whatArrivesDuringAWrite_goesTogetherInTheNext_inTheOrderHandedOver() throws Exception {
        CountDownLatch firstWriteUnderWay = new CountDownLatch(1);
        CountDownLatch letFirstWriteEnd = new CountDownLatch(1);
        GroupCommit<String> group = new GroupCommit<>(1, 100, items -> {
            if (writes.isEmpty()) {
                firstWriteUnderWay.countDown();
                await(letFirstWriteEnd);
            }
            writes.add(items);
        });
        Future<?> first = callers.submit(() -> group.append("first"));
        assertThat(firstWriteUnderWay.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<?>> others = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String item = "item " + i;
            others.add(callers.submit(() -> group.append(item)));
            waitUntil(() -> group.waiting() == others.size());
        }
        assertThat(others).noneMatch(Future::isDone); // nobody carries on before their item is written
        letFirstWriteEnd.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> other : others) {
            other.get(10, TimeUnit.SECONDS);
        }
        assertThat(writes).containsExactly(List.of("first"), List.of("item 1", "item 2", "item 3", "item 4", "item 5"));
    }

    @Test
    void manyCallersAtOnce_eachItemWrittenOnce_andNoWriteOverTheLimits() throws Exception {
        AtomicInteger writingNow = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        GroupCommit<Integer> group = new GroupCommit<>(2, 3, items -> {
            mostAtOnce.accumulateAndGet(writingNow.incrementAndGet(), Math::max);
            writes.add(items.stream().map(String::valueOf).toList());
            Thread.yield();
            writingNow.decrementAndGet();
        });
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int item = i;
            calls.add(callers.submit(() -> group.append(item)));
        }
        for (Future<?> call : calls) {
            call.get(30, TimeUnit.SECONDS);
        }
        List<String> written = writes.stream().flatMap(List::stream).toList();
        assertThat(written).hasSize(2000).doesNotHaveDuplicates();
        assertThat(writes).allSatisfy(write -> assertThat(write).hasSizeBetween(1, 3));
        assertThat(mostAtOnce.get()).isBetween(1, 2);
        assertThat(group.waiting()).isZero();
    }

    @Test
    void anItemThatCannotBeWritten_failsOnlyItsOwnCaller() throws Exception {
        CountDownLatch firstWriteUnderWay = new CountDownLatch(1);
        CountDownLatch letFirstWriteEnd = new CountDownLatch(1);
        GroupCommit<String> group = new GroupCommit<>(1, 100, items -> {
            if (items.contains("first")) {
                firstWriteUnderWay.countDown();
                await(letFirstWriteEnd);
            }
            if (items.contains("too long")) {
                throw new IllegalArgumentException("value too long for the column");
            }
            writes.add(items);
        });
        Future<?> first = callers.submit(() -> group.append("first"));
        assertThat(firstWriteUnderWay.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<?>> others = new ArrayList<>();
        for (String item : List.of("a search", "too long", "a view")) {
            others.add(callers.submit(() -> group.append(item)));
            waitUntil(() -> group.waiting() == others.size());
        }
        letFirstWriteEnd.countDown();
        first.get(10, TimeUnit.SECONDS);
        others.get(0).get(10, TimeUnit.SECONDS);
        others.get(2).get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> others.get(1).get(10, TimeUnit.SECONDS))
                .hasRootCauseInstanceOf(IllegalArgumentException.class).hasRootCauseMessage("value too long for the column");
        // the group failed as a whole, then each was tried alone
        assertThat(writes).containsExactly(List.of("first"), List.of("a search"), List.of("a view"));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the write end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the callers never queued");
            }
            Thread.sleep(1);
        }
    }
}
