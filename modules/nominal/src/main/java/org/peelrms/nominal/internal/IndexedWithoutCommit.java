package org.peelrms.nominal.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;

/**
 * How an import batch's transaction hands its people to the search index (ADR 0053): the commit does not wait
 * for the index, and the index neither commits to disk nor refreshes for this batch alone (Lucene commits on its
 * own schedule, every second; the import flushes the index once at its end). The batch keeps the index's answer,
 * so the import still learns of every index change that failed, and waits for all of them before it ends.
 * Backend-neutral: OpenSearch is asked for no refresh either, as with the default strategy.
 */
public final class IndexedWithoutCommit implements IndexingPlanSynchronizationStrategy {
    private final AtomicReference<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> indexing =
            new AtomicReference<>();

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.NONE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
        context.indexingFutureHandler(indexing::set);
    }

    /**
     * Waits until the batch's people are in the index. Call once the batch's transaction has ended: the index work
     * is handed over as the transaction commits (a batch that changed nothing indexed hands over none).
     *
     * @throws ExecutionException when the index could not take them
     */
    public void await() throws ExecutionException, InterruptedException {
        CompletableFuture<? extends SearchIndexingPlanExecutionReport> work = indexing.get();
        if (work == null) {
            return;
        }
        SearchIndexingPlanExecutionReport report = work.get();
        if (report.throwable().isPresent()) {
            throw new ExecutionException("the search index could not take "
                    + report.failingEntities().size() + " of the batch's people", report.throwable().get());
        }
    }
}
