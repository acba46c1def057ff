package org.peelrms.nominal.internal.jobs;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The background jobs this server is running now, kept in its memory. A job of this node that is RUNNING in the
 * database but not here has lost its thread: the server restarted, or the job failed while the database was out of
 * reach and could not record why. {@link OrphanedJobs} ends such jobs as FAILED once the database answers again.
 * A job is here from the moment its record is opened until its thread ends, whatever way it ends.
 */
public final class JobsRunningHere {
    private static final Set<Long> IDS = ConcurrentHashMap.newKeySet();

    private JobsRunningHere() {
    }

    static void opened(long jobId) {
        IDS.add(jobId);
    }

    /** The job's thread has ended: finished, failed, or thrown out. */
    public static void ended(long jobId) {
        IDS.remove(jobId);
    }

    /** The ids now. */
    static Set<Long> ids() {
        return Set.copyOf(IDS);
    }
}
