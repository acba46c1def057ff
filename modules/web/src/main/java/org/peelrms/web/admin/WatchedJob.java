package org.peelrms.web.admin;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.LongFunction;
import org.peelrms.nominal.api.JobView;

/**
 * The background job an administrators' page started (an import, an index rebuild, the duplicate search) and
 * watches with a progress bar, read once per request: the status line and the poll's "stop" then agree. (Read for
 * each, the line could say "Running: 3 of 3 done" while the poll, reading it a moment later, saw it finished and
 * stopped, leaving "Running" on the page for good.)
 */
public class WatchedJob implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long jobId;
    private transient JobView job;
    private transient FacesContext readIn;

    /** Watches this job from now on. */
    public void watch(long id) {
        jobId = id;
        job = null;
    }

    /** The job as it stands in this request, or null when none was started. */
    public JobView read(LongFunction<Optional<JobView>> jobs) {
        FacesContext request = FacesContext.getCurrentInstance();
        if (jobId != null && (readIn != request || job == null || job.id() != jobId)) {
            job = jobs.apply(jobId).orElse(null);
            readIn = request;
        }
        return jobId == null ? null : job;
    }

    /** Whether the job read in this request is still running. */
    public boolean running(LongFunction<Optional<JobView>> jobs) {
        JobView now = read(jobs);
        return now != null && "RUNNING".equals(now.status());
    }
}
