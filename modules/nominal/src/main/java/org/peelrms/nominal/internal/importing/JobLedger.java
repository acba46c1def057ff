package org.peelrms.nominal.internal.importing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.JobView;

/** Keeps each import's record, every change in a transaction of its own so progress shows at once. */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLedger {

    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    @Resource
    private SessionContext session;

    public long open(String source, long total) {
        ImportJob job = new ImportJob(source, session.getCallerPrincipal().getName(), total);
        entityManager.persist(job);
        entityManager.flush();
        return job.id();
    }

    public void progress(long id, long rows, long created, long updated, List<String> refused) {
        entityManager.find(ImportJob.class, id).progress(rows, created, updated, refused);
    }

    public void finish(long id, String outcome, String problem) {
        entityManager.find(ImportJob.class, id).finish(outcome, problem);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<JobView> view(long id) {
        return Optional.ofNullable(entityManager.find(ImportJob.class, id)).map(ImportJob::view);
    }
}
