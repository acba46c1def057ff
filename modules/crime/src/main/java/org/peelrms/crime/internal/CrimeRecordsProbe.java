package org.peelrms.crime.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peelrms.kernel.ReadinessProbe;

/** Ready when the crime schema answers and holds its offence classifications; reported at /health/ready. */
@Stateless
@Local(ReadinessProbe.class)
@PermitAll
public class CrimeRecordsProbe implements ReadinessProbe {

    @PersistenceContext(unitName = "crime")
    private EntityManager entityManager;

    @Override
    public String name() {
        return "crime-records";
    }

    @Override
    public Result check() {
        try {
            long classifications = entityManager.createQuery(
                    "select count(o) from OffenceClassification o where o.inUse = true", Long.class).getSingleResult();
            long open = entityManager.createQuery("select count(r) from Report r where r.status = :open", Long.class)
                    .setParameter("open", org.peelrms.crime.api.ReportStatus.OPEN).getSingleResult();
            return classifications == 0
                    ? new Result(false, "no offence classifications in use")
                    : new Result(true, classifications + " offence classifications; " + open + " reports awaiting a decision");
        } catch (RuntimeException e) {
            return new Result(false, String.valueOf(e.getMessage()));
        }
    }
}
