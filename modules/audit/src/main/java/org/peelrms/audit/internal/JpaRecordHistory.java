package org.peelrms.audit.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;
import org.peelrms.audit.api.AuditAction;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.audit.api.HistoryEntry;
import org.peelrms.audit.api.RecordHistory;
import org.peelrms.kernel.Roles;

/** A record's creates and changes from the audit trail, with the fields' old and new values. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR, Roles.AUDITOR})
public class JpaRecordHistory implements RecordHistory {
    static final int MOST = 500;

    @PersistenceContext(unitName = "audit")
    private EntityManager entityManager;

    @Override
    public List<HistoryEntry> of(String recordType, Object recordId) {
        return read(recordType, recordId, record -> false);
    }

    @Override
    public List<HistoryEntry> of(RecordRef record, Predicate<RecordRef> hidden) {
        return read(record.type().name(), record.id(), hidden);
    }

    private List<HistoryEntry> read(String recordType, Object recordId, Predicate<RecordRef> hidden) {
        List<AuditEntry> entries = entityManager.createQuery("select e from AuditEntry e where e.recordType = :type"
                + " and e.recordId = :id and e.action in :actions order by e.id desc", AuditEntry.class)
                .setParameter("type", recordType).setParameter("id", String.valueOf(recordId))
                .setParameter("actions", List.of(AuditAction.CREATE, AuditAction.CHANGE, AuditAction.DELETE))
                .setMaxResults(MOST).getResultList();
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Long> ids = entries.stream().map(AuditEntry::id).toList();
        Map<Long, List<FieldChange>> changes = ChangeLines.of(entityManager, ids);
        Map<Long, List<RecordRef>> named = NamedRecords.of(entityManager, ids);
        List<HistoryEntry> history = new ArrayList<>(entries.size());
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditEntry e = entries.get(i);
            List<RecordRef> withheld = named.getOrDefault(e.id(), List.of()).stream().filter(hidden).toList();
            List<FieldChange> fields = changes.getOrDefault(e.id(), List.of());
            history.add(withheld.isEmpty() ? new HistoryEntry(e.occurredAt(), e.username(), e.action(), e.summary(), fields)
                    : new HistoryEntry(e.occurredAt(), e.username(), e.action(), WITHHELD_SUMMARY,
                            withheld(fields, withheld)));
        }
        return history;
    }

    /** The fields' names kept, their values withheld: as a person when a hidden person is named, else a record. */
    private static List<FieldChange> withheld(List<FieldChange> fields, List<RecordRef> hidden) {
        String instead = hidden.stream().anyMatch(r -> r.type() == RecordType.PERSON) ? WITHHELD_PERSON : WITHHELD_RECORD;
        return fields.stream().map(f -> FieldChange.of(f.field(), f.oldValue() == null ? null : instead,
                f.newValue() == null ? null : instead)).toList();
    }

}
