package org.peelrms.audit.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peelrms.audit.api.FieldChange;

/** Reads the field changes of a page of entries in one query, in the order they were written. */
final class ChangeLines {
    private ChangeLines() {
    }

    static Map<Long, List<FieldChange>> of(EntityManager entityManager, List<Long> entryIds) {
        Map<Long, List<FieldChange>> byEntry = new HashMap<>();
        if (entryIds.isEmpty()) {
            return byEntry;
        }
        for (Object[] row : entityManager.createQuery("select e.id, c from AuditEntry e join e.changes c"
                + " where e.id in :ids order by e.id, index(c)", Object[].class).setParameter("ids", entryIds)
                .getResultList()) {
            byEntry.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(((RecordedChange) row[1]).view());
        }
        return byEntry;
    }
}
