package org.peelrms.audit.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.peelrms.audit.api.AuditEntries;
import org.peelrms.audit.api.AuditEntryView;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditQuery;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.kernel.Roles;

/** The auditors' reading of the log, with standard criteria queries. Each search is logged too. */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class JpaAuditEntries implements AuditEntries {
    static final String AUDIT_LOG = "AUDIT_LOG";

    @PersistenceContext(unitName = "audit")
    private EntityManager entityManager;

    @EJB
    private AuditTrail trail;

    @Override
    public List<AuditEntryView> find(AuditQuery query, int first, int pageSize) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.where(matching(query, cb, entry)).orderBy(cb.desc(entry.get("id")));
        List<AuditEntryView> page = entityManager.createQuery(select)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 1000)))
                .getResultList().stream().map(AuditEntry::view).toList();
        trail.record(AuditEvent.searched(AUDIT_LOG, query.describe() + "; rows from " + first, page.size()));
        return page;
    }

    @Override
    public long count(AuditQuery query) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.select(cb.count(entry)).where(matching(query, cb, entry));
        return entityManager.createQuery(select).getSingleResult();
    }

    private static Predicate[] matching(AuditQuery query, CriteriaBuilder cb, Root<AuditEntry> entry) {
        List<Predicate> where = new ArrayList<>();
        if (present(query.username())) {
            where.add(cb.equal(entry.get("username"), query.username().strip()));
        }
        if (present(query.recordType())) {
            where.add(cb.equal(entry.get("recordType"), query.recordType().strip().toUpperCase()));
        }
        if (present(query.recordId())) {
            where.add(cb.equal(entry.get("recordId"), query.recordId().strip()));
        }
        if (query.action() != null) {
            where.add(cb.equal(entry.get("action"), query.action()));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.<OffsetDateTime>get("occurredAt"),
                    query.from().atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        if (query.to() != null) {
            where.add(cb.lessThan(entry.<OffsetDateTime>get("occurredAt"),
                    query.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        return where.toArray(Predicate[]::new);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
