package org.peelrms.nominal.internal.jobs;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.JobView;

/**
 * Keeps each job's record, every change in a transaction of its own so progress shows at once.
 * Progress may be reported from the search index's own threads, which carry no user, hence
 * {@code @PermitAll} on those two methods of this internal bean.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLedger {

    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    @Resource
    private SessionContext session;

    public long open(BackgroundJob.Kind kind, String source, long total) {
        BackgroundJob job = new BackgroundJob(kind, source, Callers.nameOf(session.getCallerPrincipal()), total,
                OrphanedJobs.THIS_NODE);
        entityManager.persist(job);
        entityManager.flush();
        JobsRunningHere.opened(job.id());
        return job.id();
    }

    @PermitAll
    public void progress(long id, long rows, long created, long updated, List<String> refused) {
        entityManager.find(BackgroundJob.class, id).progress(rows, created, updated, refused);
    }

    /**
     * Says that a running job is alive while it works through a stage that reports no progress (the duplicate
     * finder reading and preparing a million people: over a minute), so that {@link OrphanedJobs} does not take it for
     * the job of a server that died. Only the heartbeat is written, so that a progress report at the same moment is
     * not overwritten.
     */
    @PermitAll
    public void alive(long id) {
        entityManager.createQuery("update BackgroundJob j set j.heartbeatAt = :now where j.id = :id and j.status = 'RUNNING'")
                .setParameter("now", OffsetDateTime.now(java.time.ZoneOffset.UTC)).setParameter("id", id).executeUpdate();
    }

    @PermitAll
    public void finish(long id, String outcome, String problem) {
        entityManager.find(BackgroundJob.class, id).finish(outcome, problem);
    }

    /**
     * Ends as FAILED every job still RUNNING that no server can be running: those this node started before it
     * (re)started at {@code nodeStarted} or whose thread here has ended ({@link JobsRunningHere}), and those of any
     * node that has shown no progress since {@code silentSince}. How many it ended.
     */
    @PermitAll
    public int abandonOrphans(String node, OffsetDateTime nodeStarted, OffsetDateTime silentSince) {
        // Locked, then checked against the jobs running here as they are after the lock: a job is running here before
        // its record commits, and leaves only after its end is recorded (or could not be), so neither a job just
        // started nor one just finished is taken for an orphan.
        List<BackgroundJob> candidates = entityManager.createQuery("select j from BackgroundJob j where j.status = 'RUNNING'"
                + " and (j.node = :node or j.heartbeatAt < :silentSince)", BackgroundJob.class)
                .setParameter("node", node).setParameter("silentSince", silentSince)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Set<Long> runningHere = JobsRunningHere.ids();
        List<BackgroundJob> orphans = candidates.stream()
                .filter(job -> job.orphaned(node, nodeStarted, runningHere, silentSince)).toList();
        orphans.forEach(job -> job.abandon("The job stopped before it ended: its server was restarted or failed, or"
                + " the database could not be reached to record how it ended."));
        return orphans.size();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<JobView> view(long id) {
        return Optional.ofNullable(entityManager.find(BackgroundJob.class, id)).map(BackgroundJob::view);
    }
}
