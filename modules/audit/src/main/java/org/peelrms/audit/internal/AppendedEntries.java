package org.peelrms.audit.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes a group of entries that stand alone (ADR 0056) in one transaction of its own, through the audit
 * appends' own connection pool ({@code PeelAuditDS}, persistence unit {@code audit-appends}): the callers
 * waiting for it may hold every connection of Peel's main pool. Each entry is built afresh for each try,
 * so a group that failed can be tried again entry by entry.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AppendedEntries {
    @PersistenceContext(unitName = "audit-appends")
    private EntityManager entityManager;

    public void insert(List<Supplier<AuditEntry>> entries) {
        entries.forEach(entry -> entityManager.persist(entry.get()));
    }
}
