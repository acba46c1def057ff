package org.peelrms.audit.internal;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;

/**
 * The entries waiting for the sealer: how many, and when the oldest was written (null when none). Read
 * through the partial index of unsealed entries, so it costs little however long the log.
 */
record SealerBacklog(long entries, OffsetDateTime oldestWrittenAt) {

    static SealerBacklog of(EntityManager entityManager) {
        Object[] row = entityManager.createQuery("select count(e), min(e.occurredAt) from AuditEntry e"
                + " where e.chainPosition is null and e.appended is not null", Object[].class).getSingleResult();
        return new SealerBacklog((Long) row[0], (OffsetDateTime) row[1]);
    }
}
