package org.peelrms.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes a group of entries that stand alone (ADR 0056) in one database transaction of its own, through the
 * audit appends' own pool ({@code PeelAuditDS}, persistence unit {@code audit-appends}, resource-local): the
 * callers waiting for it may hold every connection of Peel's main pool, and their JTA transactions have
 * nothing to do with it. Each entry is built afresh for each try, so a group that failed can be tried again
 * entry by entry.
 */
@ApplicationScoped
public class AppendedEntries {
    @PersistenceUnit(unitName = "audit-appends")
    private EntityManagerFactory appends;

    public void insert(List<Supplier<AuditEntry>> entries) {
        EntityManager entityManager = appends.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            entries.forEach(entry -> entityManager.persist(entry.get()));
            transaction.commit();
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
        }
    }
}
