package org.peelrms.audit.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.peelrms.kernel.ReadinessProbe;

/**
 * Reports the audit sealer's backlog at /health/ready (ADR 0029): how many entries wait to be sealed and
 * how long the oldest has. Down only when the audit schema does not answer: a sealer that lags does not
 * make a node unfit to take requests (every node would be taken out of the balancer together), so it is
 * reported for monitoring to alert on, not as readiness.
 */
@Stateless
@Local(ReadinessProbe.class)
@PermitAll
public class AuditSealerProbe implements ReadinessProbe {

    @PersistenceContext(unitName = "audit")
    private EntityManager entityManager;

    @Override
    public String name() {
        return "audit-sealer";
    }

    @Override
    public Result check() {
        try {
            SealerBacklog backlog = SealerBacklog.of(entityManager);
            OffsetDateTime oldest = backlog.oldestWrittenAt();
            return new Result(true, backlog.entries() + " entries waiting to be sealed" + (oldest == null ? ""
                    : ", the oldest for " + Duration.between(oldest, OffsetDateTime.now(ZoneOffset.UTC)).toMillis() + " ms"));
        } catch (RuntimeException e) {
            return new Result(false, String.valueOf(e.getMessage()));
        }
    }
}
