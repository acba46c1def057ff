package org.peelrms.nominal.internal.duplicates;

import java.util.List;
import java.util.function.LongConsumer;
import org.peelrms.nominal.internal.jobs.JobLedger;

/**
 * The finder's progress (blocking keys whose blocks are compared, of the total) as the job's progress in
 * people on file, so that the job page reads like an import's. Called from the finder's threads, so each report is made in turn.
 */
final class JobProgress implements LongConsumer {
    private final JobLedger ledger;
    private final long jobId;
    private final long people;
    private long blocks = 1;
    private long reported;

    JobProgress(JobLedger ledger, long jobId, long people) {
        this.ledger = ledger;
        this.jobId = jobId;
        this.people = people;
    }

    @Override
    public synchronized void accept(long blocksDone) {
        if (blocksDone < 0) {
            blocks = Math.max(1, -blocksDone);
            return;
        }
        long done = Math.min(people, people * blocksDone / blocks);
        if (done > reported) {
            ledger.progress(jobId, done - reported, 0, 0, List.of());
            reported = done;
        }
    }
}
