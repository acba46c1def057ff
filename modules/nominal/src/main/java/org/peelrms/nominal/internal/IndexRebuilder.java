package org.peelrms.nominal.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.internal.jobs.JobLedger;
import org.peelrms.nominal.internal.jobs.JobsRunningHere;

/** Rebuilds the people index from the database in the background, reporting progress to the job's record. */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexRebuilder {
    private static final Logger LOG = Logger.getLogger(IndexRebuilder.class.getName());
    private static final long REPORT_EVERY = 5_000;

    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    @EJB
    private JobLedger ledger;

    @Asynchronous
    public void run(long jobId) {
        Progress progress = new Progress(jobId);
        try {
            Search.session(entityManager).massIndexer(Person.class).threadsToLoadObjects(2).monitor(progress)
                    .mergeSegmentsOnFinish(true).startAndWait();
            progress.flush();
            ledger.finish(jobId, "FINISHED", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ledger.finish(jobId, "FAILED", "the rebuild was interrupted");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Rebuilding the people index failed", e);
            ledger.finish(jobId, "FAILED", "the rebuild stopped: " + e.getMessage());
        } finally {
            JobsRunningHere.ended(jobId);
        }
    }

    /**
     * Merges the index's segments into as few as Lucene will: after a bulk import, so that a search
     * looks each of its keys up in a few segments, not in the dozens the import left (ADR 0011).
     * Searches go on meanwhile, on the segments as they were.
     */
    public void mergeSegments() {
        long started = System.nanoTime();
        Search.session(entityManager).workspace(Person.class).mergeSegments();
        LOG.info(() -> "Merged the people index's segments in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** Counts documents as they are indexed and reports them every few thousand. */
    private final class Progress implements MassIndexingMonitor {
        private final long jobId;
        private final AtomicLong unreported = new AtomicLong();

        Progress(long jobId) {
            this.jobId = jobId;
        }

        @Override
        public void documentsAdded(long increment) {
            if (unreported.addAndGet(increment) >= REPORT_EVERY) {
                flush();
            }
        }

        void flush() {
            long done = unreported.getAndSet(0);
            if (done > 0) {
                ledger.progress(jobId, done, 0, 0, List.of());
            }
        }

        @Override
        public void documentsBuilt(long increment) {
            // Counted when added to the index.
        }

        @Override
        public void entitiesLoaded(long increment) {
            // Counted when added to the index.
        }

        @Override
        public void addToTotalCount(long increment) {
            // The job's total is the count of people taken when it started.
        }

        @Override
        public void indexingCompleted() {
            flush();
        }
    }
}
