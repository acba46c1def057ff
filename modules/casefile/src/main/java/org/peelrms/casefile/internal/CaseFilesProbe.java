package org.peelrms.casefile.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peelrms.kernel.ReadinessProbe;

/** Ready when the case file schema answers; at /health/ready as {@code case-files}. */
@Stateless
@Local(ReadinessProbe.class)
@PermitAll
public class CaseFilesProbe implements ReadinessProbe {

    @PersistenceContext(unitName = "casefile")
    private EntityManager entityManager;

    @Override
    public String name() {
        return "case-files";
    }

    @Override
    public Result check() {
        try {
            return new Result(true, FileQueries.unfiltered(entityManager).count() + " case files");
        } catch (RuntimeException e) {
            return new Result(false, String.valueOf(e.getMessage()));
        }
    }
}
