package org.peelrms.nominal.internal.duplicates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.internal.CurrentNameVariants;
import org.peelrms.nominal.internal.jobs.JobLedger;
import org.peelrms.nominal.internal.jobs.JobsRunningHere;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;

/**
 * Runs the duplicate finder over everyone on file in the background and writes the review queue. The job's
 * record shows how far it has got, in people (the share of the comparing done, times the people on file),
 * and at the end how many pairs it opened (created) and found again (updated); its summary (how many of the
 * pairs found a reviewer had already decided, and the reviewers' decisions so far) is logged and audited. Every
 * {@link #HEARTBEAT_SECONDS} the job is also marked alive: reading and preparing a million people shows no progress
 * for over a minute, and a job silent for ten minutes is taken for a dead server's ({@code OrphanedJobs}, ADR 0055).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DuplicateSearchRunner {
    static final int BATCH = 1000;
    static final long HEARTBEAT_SECONDS = 60;
    private static final Logger LOG = Logger.getLogger(DuplicateSearchRunner.class.getName());

    @EJB
    private JobLedger ledger;

    @EJB
    private PeopleForMatching people;

    @EJB
    private DuplicateQueueWriter queue;

    @EJB
    private RecordWrites writes;

    @Asynchronous
    public void run(long jobId) {
        ScheduledExecutorService heartbeat = heartbeat(jobId);
        try {
            List<PersonOnFile> onFile = people.all();
            DuplicateFinder finder = new DuplicateFinder(CurrentNameVariants.now(), MatchWeights.shippedM());
            DuplicateFinder.Outcome outcome = finder.find(onFile, new JobProgress(ledger, jobId, onFile.size()));
            Map<String, Long> known = queue.known();
            List<PossiblePair> found = outcome.pairs();
            RunSummary summary = new RunSummary();
            for (int from = 0; from < found.size(); from += BATCH) {
                List<PossiblePair> batch = found.subList(from, Math.min(found.size(), from + BATCH));
                DuplicateQueueWriter.Saved saved = queue.save(batch, known, jobId);
                summary.add(saved);
                ledger.progress(jobId, 0, saved.opened(), batch.size() - saved.opened(), List.of());
            }
            int withdrawn = queue.withdrawNotFoundBy(jobId);
            String text = summary.text(onFile.size(), outcome.comparedPairs(), found.size(), DuplicateFinder.threshold(onFile.size()),
                    withdrawn, queue.decisions());
            LOG.info(() -> "Duplicate search " + jobId + ": " + text);
            writes.changed(DuplicateQueue.RECORD_TYPE, "job " + jobId, Change.of(text + " (job " + jobId + ")"));
            ledger.finish(jobId, "FINISHED", null);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Duplicate search " + jobId + " failed", e);
            ledger.finish(jobId, "FAILED", "the search for duplicates stopped: " + e.getMessage()
                    + " (the review queue is as it was, but for pairs already saved)");
        } finally {
            heartbeat.shutdownNow();
            JobsRunningHere.ended(jobId);
        }
    }

    /** A thread of its own (as the finder's pool) that marks the job alive until shut down. */
    private ScheduledExecutorService heartbeat(long jobId) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(beat -> {
            Thread thread = new Thread(beat, "duplicate-finder-heartbeat-" + jobId);
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(() -> {
            try {
                ledger.alive(jobId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not mark duplicate search " + jobId + " alive", e);
            }
        }, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        return heartbeat;
    }
}
