package org.peelrms.audit.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the result ids of a page of search entries in one query, best first as they were written. */
final class ResultLines {
    private ResultLines() {
    }

    static Map<Long, List<String>> of(EntityManager entityManager, List<Long> entryIds) {
        Map<Long, List<String>> byEntry = new HashMap<>();
        if (entryIds.isEmpty()) {
            return byEntry;
        }
        for (Object[] row : entityManager.createQuery("select e.id, r from AuditEntry e join e.resultRecordIds r"
                + " where e.id in :ids order by e.id, index(r)", Object[].class).setParameter("ids", entryIds)
                .getResultList()) {
            byEntry.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        return byEntry;
    }
}
