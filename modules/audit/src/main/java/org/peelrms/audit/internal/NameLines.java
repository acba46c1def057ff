package org.peelrms.audit.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the records a page of entries name (audit V5) in one query, in the order they were written, as hashed. */
final class NameLines {
    private NameLines() {
    }

    static Map<Long, List<String>> of(EntityManager entityManager, List<Long> entryIds) {
        Map<Long, List<String>> byEntry = new HashMap<>();
        if (entryIds.isEmpty()) {
            return byEntry;
        }
        for (Object[] row : entityManager.createQuery("select e.id, n from AuditEntry e join e.names n"
                + " where e.id in :ids order by e.id, index(n)", Object[].class).setParameter("ids", entryIds)
                .getResultList()) {
            byEntry.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(((NamedRecord) row[1]).text());
        }
        return byEntry;
    }
}
