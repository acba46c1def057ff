package org.peelrms.audit.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        List<AuditEntry> entries = entityManager.createQuery("select e from AuditEntry e where e.recordType = :type"
                + " and e.recordId = :id and e.action in :actions order by e.id desc", AuditEntry.class)
                .setParameter("type", recordType).setParameter("id", String.valueOf(recordId))
                .setParameter("actions", List.of(AuditAction.CREATE, AuditAction.CHANGE, AuditAction.DELETE))
                .setMaxResults(MOST).getResultList();
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FieldChange>> changes = ChangeLines.of(entityManager, entries.stream().map(AuditEntry::id).toList());
        List<HistoryEntry> history = new ArrayList<>(entries.size());
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditEntry e = entries.get(i);
            history.add(new HistoryEntry(e.occurredAt(), e.username(), e.action(), e.summary(),
                    changes.getOrDefault(e.id(), List.of())));
        }
        return history;
    }

}
