package org.peelrms.audit.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.peelrms.kernel.Callers;
import org.peelrms.audit.api.AuditAction;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;

/**
 * Writes audit entries with the default transaction attribute REQUIRED: inside the caller's
 * transaction when there is one, so the change and its entry commit or roll back together. Anyone
 * may write (a refused sign-in has no role); only auditors may read, through JpaAuditEntries.
 */
@Stateless
@PermitAll
public class JpaAuditTrail implements AuditTrail {
    static final String SESSION = "SESSION";

    @PersistenceContext(unitName = "audit")
    private EntityManager entityManager;

    @Resource
    private SessionContext session;

    @Override
    public void record(AuditEvent event) {
        entityManager.persist(new AuditEntry(OffsetDateTime.now(ZoneOffset.UTC), Callers.nameOf(session.getCallerPrincipal()),
                event.action(), event.recordType(), event.recordId(), event.summary(), event.reason(), event.resultCount(),
                null).withResults(event.resultRecordIds()));
    }

    @Override
    public void recordSignIn(String username, String clientAddress) {
        write(username, AuditAction.SIGN_IN, SESSION, null, null, null, null, clientAddress);
    }

    @Override
    public void recordFailedSignIn(String attemptedUsername, String clientAddress) {
        String name = attemptedUsername == null || attemptedUsername.isBlank() ? "(blank)" : attemptedUsername.strip();
        write(Text.clip(name, 100), AuditAction.SIGN_IN_FAILED, SESSION, null, null, null, null, clientAddress);
    }

    @Override
    public void recordSignOut(String username, String clientAddress) {
        write(username, AuditAction.SIGN_OUT, SESSION, null, null, null, null, clientAddress);
    }

    private void write(String username, AuditAction action, String recordType, String recordId, String summary,
            String reason, Integer resultCount, String clientAddress) {
        entityManager.persist(new AuditEntry(OffsetDateTime.now(ZoneOffset.UTC), username, action, recordType, recordId,
                summary, reason, resultCount, clientAddress));
    }
}
