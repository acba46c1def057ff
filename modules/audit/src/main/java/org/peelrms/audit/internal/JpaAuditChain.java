package org.peelrms.audit.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peelrms.audit.api.AuditAction;
import org.peelrms.audit.api.AuditChain;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.audit.api.ChainBreak;
import org.peelrms.audit.api.ChainReport;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.audit.api.TreeHeadView;
import org.peelrms.kernel.Roles;

/**
 * Verifies the audit chain for auditors. Reads the head first and walks positions 1 to the head's,
 * a page of entries at a time, outside a transaction (so a walk over millions of entries neither
 * holds one open nor keeps what it has read), checking the sealing batches' tree heads on the way.
 * Counts the entries still waiting for the sealer, which the chain does not cover yet (ADR 0029).
 * Records the verification and its result.
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class JpaAuditChain implements AuditChain {
    static final String AUDIT_CHAIN = "AUDIT_CHAIN";
    private static final int PAGE = 1000;

    @PersistenceContext(unitName = "audit")
    private EntityManager entityManager;

    @EJB
    private AuditTrail trail;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainReport verify() {
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);
        ChainHead head = entityManager.find(ChainHead.class, ChainHead.ID);
        ChainWalk walk = new ChainWalk();
        TreeHeadCheck trees = new TreeHeadCheck(this::treeHeadsEndingAfter);
        long after = 0;
        while (after < head.lastPosition()) {
            List<AuditEntry> page = page(after, head.lastPosition());
            if (page.isEmpty()) {
                break;
            }
            List<Long> ids = page.stream().map(AuditEntry::id).toList();
            Map<Long, List<FieldChange>> changes = ChangeLines.of(entityManager, ids);
            Map<Long, List<String>> results = ResultLines.of(entityManager, ids);
            Map<Long, List<String>> names = NameLines.of(entityManager, ids);
            boolean intact = true;
            for (AuditEntry entry : page) {
                List<FieldChange> its = changes.getOrDefault(entry.id(), List.of());
                intact = walk.next(entry.chainPosition(), entry.id(), entry.occurredAt(), entry.previousHash(),
                        entry.entryHash(), EntryHash.of(entry, its, results.getOrDefault(entry.id(), List.of()),
                        names.getOrDefault(entry.id(), List.of())))
                        && trees.next(entry.chainPosition(), entry.entryHash());
                if (!intact) {
                    break;
                }
            }
            if (!intact) {
                break;
            }
            after = page.get(page.size() - 1).chainPosition();
        }
        if (trees.firstBreak() != null) {
            walk.broken(trees.firstBreak());
        }
        walk.end(head.lastPosition(), head.lastHash());
        Long firstChained = firstChainedId();
        findOutsideChain(firstChained).ifPresent(walk::broken);
        SealerBacklog unsealed = SealerBacklog.of(entityManager);
        OffsetDateTime oldestUnsealed = unsealed.oldestWrittenAt();
        ChainReport report = new ChainReport(walk.firstBreak() == null, walk.checked(), beforeChain(firstChained),
                head.lastPosition(), head.lastHash().strip(), started, walk.firstBreak(), unsealed.entries(),
                oldestUnsealed, ChainReport.ageMillis(oldestUnsealed, started), newestTreeHead(head.lastPosition()));
        trail.record(new AuditEvent(AuditAction.VERIFY, AUDIT_CHAIN, null, report.describe(), null,
                (int) Math.min(Integer.MAX_VALUE, report.checked())));
        return report;
    }

    private List<TreeHead> treeHeadsEndingAfter(long position) {
        return entityManager.createQuery("select t from TreeHead t where t.lastPosition > :after order by t.lastPosition",
                TreeHead.class).setParameter("after", position).setMaxResults(PAGE).getResultList();
    }

    /** The newest tree head within the walked chain, for publishing. */
    private TreeHeadView newestTreeHead(long upTo) {
        return entityManager.createQuery("select t from TreeHead t where t.lastPosition <= :upTo"
                + " order by t.lastPosition desc", TreeHead.class).setParameter("upTo", upTo).setMaxResults(1)
                .getResultStream().findFirst().map(TreeHead::view).orElse(null);
    }

    private List<AuditEntry> page(long after, long upTo) {
        return entityManager.createQuery("select e from AuditEntry e where e.chainPosition > :after"
                + " and e.chainPosition <= :upTo order by e.chainPosition", AuditEntry.class)
                .setParameter("after", after).setParameter("upTo", upTo).setMaxResults(PAGE).getResultList();
    }

    private Long firstChainedId() {
        return entityManager.createQuery("select min(e.id) from AuditEntry e where e.chainPosition is not null",
                Long.class).getSingleResult();
    }

    /**
     * Entries with no position and no insertion number, written before the chain existed: ids below the
     * first chained one. (Entries waiting for the sealer have an insertion number.)
     */
    private long beforeChain(Long firstChained) {
        if (firstChained == null) {
            return entityManager.createQuery("select count(e) from AuditEntry e where e.chainPosition is null"
                    + " and e.appended is null", Long.class).getSingleResult();
        }
        return entityManager.createQuery("select count(e) from AuditEntry e where e.chainPosition is null"
                + " and e.appended is null and e.id < :first", Long.class).setParameter("first", firstChained)
                .getSingleResult();
    }

    /**
     * An entry with neither a position nor an insertion number but newer than the chain's first was put in
     * by going around Peel (Peel's inserts always take a number, and the sealer seals every numbered one).
     */
    private Optional<ChainBreak> findOutsideChain(Long firstChained) {
        if (firstChained == null) {
            return Optional.empty();
        }
        List<AuditEntry> outside = entityManager.createQuery("select e from AuditEntry e where e.chainPosition is null"
                + " and e.appended is null and e.id > :first order by e.id", AuditEntry.class)
                .setParameter("first", firstChained).setMaxResults(1).getResultList();
        return outside.stream().findFirst().map(entry -> new ChainBreak(0, entry.id(), entry.occurredAt(),
                ChainBreak.Problem.OUTSIDE_CHAIN, "entry " + entry.id() + " was written after the chain began but is"
                        + " not in it: it was put in around Peel, or its place in the chain was removed."));
    }
}
