package org.peelrms.missingpersons.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peelrms.kernel.ReadinessProbe;
import org.peelrms.missingpersons.api.CaseStatus;

/** Ready when the missing persons schema answers with a review interval for every level; at /health/ready. */
@Stateless
@Local(ReadinessProbe.class)
@PermitAll
public class MissingPersonsProbe implements ReadinessProbe {

    @PersistenceContext(unitName = "missingpersons")
    private EntityManager entityManager;

    @Override
    public String name() {
        return "missing-persons";
    }

    @Override
    public Result check() {
        try {
            JpaReviewIntervals.read(entityManager);
            long open = entityManager.createQuery("select count(c) from MissingCase c where c.status = :s", Long.class)
                    .setParameter("s", CaseStatus.MISSING).getSingleResult();
            return new Result(true, open + " people missing");
        } catch (RuntimeException e) {
            return new Result(false, String.valueOf(e.getMessage()));
        }
    }
}
