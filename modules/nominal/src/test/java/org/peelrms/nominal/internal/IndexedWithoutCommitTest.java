package org.peelrms.nominal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.backend.work.execution.OperationSubmitter;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.junit.jupiter.api.Test;

/**
 * An import batch's commit neither waits for the index nor makes it commit, yet an index change that failed still
 * stops the import (ADR 0053). Hibernate Search's side is played by the two calls it makes: configure, hand over.
 */
class IndexedWithoutCommitTest {

    /** What Hibernate Search is told, and the future it hands over at the commit. */
    private static final class Told implements IndexingPlanSynchronizationStrategyConfigurationContext {
        DocumentCommitStrategy commit = DocumentCommitStrategy.FORCE;
        DocumentRefreshStrategy refresh = DocumentRefreshStrategy.FORCE;
        Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler;

        @Override
        public void documentCommitStrategy(DocumentCommitStrategy strategy) {
            commit = strategy;
        }

        @Override
        public void documentRefreshStrategy(DocumentRefreshStrategy strategy) {
            refresh = strategy;
        }

        @Override
        public void indexingFutureHandler(
                Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler) {
            this.handler = handler;
        }

        @Override
        public FailureHandler failureHandler() {
            return null;
        }

        @Override
        public void operationSubmitter(OperationSubmitter submitter) {
        }
    }

    private static SearchIndexingPlanExecutionReport report(Throwable failure, int failing) {
        return new SearchIndexingPlanExecutionReport() {
            @Override
            public Optional<Throwable> throwable() {
                return Optional.ofNullable(failure);
            }

            @Override
            public List<? extends EntityReference> failingEntities() {
                return java.util.Collections.nCopies(failing, null);
            }
        };
    }

    @Test
    void theBatchAsksForNoCommitAndNoRefreshOfItsOwn() {
        Told told = new Told();
        new IndexedWithoutCommit().apply(told);
        assertEquals(DocumentCommitStrategy.NONE, told.commit);
        assertEquals(DocumentRefreshStrategy.NONE, told.refresh);
    }

    @Test
    void aBatchThatHandedTheIndexNothing_isDoneAtOnce() throws Exception {
        IndexedWithoutCommit indexed = new IndexedWithoutCommit();
        indexed.apply(new Told());
        indexed.await();
    }

    @Test
    void aBatchWhosePeopleTheIndexCouldNotTake_saysSo() {
        IndexedWithoutCommit indexed = new IndexedWithoutCommit();
        Told told = new Told();
        indexed.apply(told);
        told.handler.accept(CompletableFuture.completedFuture(report(new IllegalStateException("disk full"), 3)));
        ExecutionException failed = assertThrows(ExecutionException.class, indexed::await);
        assertEquals("the search index could not take 3 of the batch's people", failed.getMessage());
        assertTrue(failed.getCause().getMessage().contains("disk full"));
    }

    @Test
    void aBatchIsDoneOnceTheIndexHasItsPeople() throws Exception {
        IndexedWithoutCommit indexed = new IndexedWithoutCommit();
        Told told = new Told();
        indexed.apply(told);
        CompletableFuture<SearchIndexingPlanExecutionReport> work = new CompletableFuture<>();
        told.handler.accept(work);
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
            try {
                indexed.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        assertFalse(waiting.isDone());
        work.complete(report(null, 0));
        waiting.get();
    }
}
