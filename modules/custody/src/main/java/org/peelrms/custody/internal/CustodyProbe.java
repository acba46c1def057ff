package org.peelrms.custody.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peelrms.kernel.ReadinessProbe;

/** Ready when the custody schema answers; reported at /health/ready with how many are in custody. */
@Stateless
@Local(ReadinessProbe.class)
@PermitAll
public class CustodyProbe implements ReadinessProbe {

    @PersistenceContext(unitName = "custody")
    private EntityManager entityManager;

    @Override
    public String name() {
        return "custody-records";
    }

    @Override
    public Result check() {
        try {
            long inCustody = entityManager.createQuery("select count(r) from CustodyRecord r where r.authorised = true"
                    + " and not exists (select e from CustodyEntry e where e.record = r and e.kind = :disposal)", Long.class)
                    .setParameter("disposal", org.peelrms.custody.api.EntryKind.DISPOSAL).getSingleResult();
            return new Result(true, inCustody + " in custody");
        } catch (RuntimeException e) {
            return new Result(false, String.valueOf(e.getMessage()));
        }
    }
}
