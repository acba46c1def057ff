package org.peelrms.audit.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.Callers;
import org.peelrms.audit.api.AuditAction;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.audit.api.FieldChange;

/**
 * Writes audit entries. A record's creation, change or deletion is written inside the caller's transaction
 * (the default attribute REQUIRED), so the change and its entry commit or roll back together. Every other
 * entry (a search, a view, an export, a sign-in, a refusal) stands alone: what it records happened whatever
 * becomes of the caller's transaction, so it is committed by this node's group commit ({@link AuditAppender},
 * ADR 0056) before the call returns, in one transaction with the other requests' entries of the moment.
 * Anyone may write (a refused sign-in has no role); only auditors may read, through JpaAuditEntries.
 *
 * <p>An entry is inserted unsealed and locks no shared row: the database gives it its insertion number,
 * and the sealer ({@link AuditSealer}) gives it its place in the hash chain shortly after it commits
 * (ADR 0029). An entry that rolls back with its caller's transaction never reaches the chain.
 */
@Stateless
@PermitAll
public class JpaAuditTrail implements AuditTrail {
    static final String SESSION = "SESSION";
    /** The entries that commit or roll back with the change they record. */
    static final Set<AuditAction> RECORD_CHANGES = EnumSet.of(AuditAction.CREATE, AuditAction.CHANGE, AuditAction.DELETE);

    @PersistenceContext(unitName = "audit")
    private EntityManager entityManager;

    @Resource
    private SessionContext session;

    @Inject
    private AuditAppender appender;

    @Override
    public void record(AuditEvent event) {
        write(Callers.nameOf(session.getCallerPrincipal()), event.action(), event.recordType(), event.recordId(),
                event.summary(), event.reason(), event.resultCount(), null, event.changes(), event.resultRecordIds(),
                event.names());
    }

    @Override
    public void recordSignIn(String username, String clientAddress) {
        write(username, AuditAction.SIGN_IN, SESSION, null, null, null, null, clientAddress, List.of(), List.of(), List.of());
    }

    @Override
    public void recordFailedSignIn(String attemptedUsername, String clientAddress) {
        String name = attemptedUsername == null || attemptedUsername.isBlank() ? "(blank)" : attemptedUsername.strip();
        write(Text.clip(name, 100), AuditAction.SIGN_IN_FAILED, SESSION, null, null, null, null, clientAddress, List.of(), List.of(), List.of());
    }

    @Override
    public void recordSignOut(String username, String clientAddress) {
        write(username, AuditAction.SIGN_OUT, SESSION, null, null, null, null, clientAddress, List.of(), List.of(), List.of());
    }

    private void write(String username, AuditAction action, String recordType, String recordId, String summary,
            String reason, Integer resultCount, String clientAddress, List<FieldChange> changes, List<String> resultIds,
            List<RecordRef> names) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Supplier<AuditEntry> entry = () -> new AuditEntry(now, username, action, recordType, recordId, summary, reason,
                resultCount, clientAddress, changes).withResults(resultIds).naming(names);
        if (RECORD_CHANGES.contains(action)) {
            entityManager.persist(entry.get());
        } else {
            appender.append(entry);
        }
    }
}
