package org.peelrms.audit.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;

/**
 * The records a page of entries name: those written with the entry (audit V5, hashed with it) and, for entries
 * from before V5, those the migration read from their words once ({@code audit_entry_name_inferred}).
 */
final class NamedRecords {
    private NamedRecords() {
    }

    static Map<Long, List<RecordRef>> of(EntityManager entityManager, List<Long> entryIds) {
        Map<Long, List<RecordRef>> byEntry = new HashMap<>();
        if (entryIds.isEmpty()) {
            return byEntry;
        }
        for (Object[] row : entityManager.createQuery("select e.id, n from AuditEntry e join e.names n"
                + " where e.id in :ids", Object[].class).setParameter("ids", entryIds).getResultList()) {
            ((NamedRecord) row[1]).ref().ifPresent(ref -> byEntry.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(ref));
        }
        for (Object row : entityManager.createNativeQuery("SELECT entry_id, record_type, record_id"
                + " FROM audit.audit_entry_name_inferred WHERE entry_id IN (:ids)").setParameter("ids", entryIds)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            RecordType.named((String) columns[1]).ifPresent(type -> byEntry.computeIfAbsent(
                    ((Number) columns[0]).longValue(), id -> new ArrayList<>())
                    .add(RecordRef.of(type, ((Number) columns[2]).longValue())));
        }
        return byEntry;
    }
}
