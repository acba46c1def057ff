package org.peelrms.audit.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peelrms.audit.api.FieldChange;

/**
 * Seals one batch of unsealed entries, in a transaction of its own (ADR 0029): takes the sealer's
 * PostgreSQL advisory lock, or gives way when another node's sealer holds it; locks the chain head;
 * reads the unsealed entries in insertion order; gives the ones {@link SealingOrder} chooses their
 * positions, previous hashes and hashes (as {@link EntryHash} says); moves the head on; and writes the
 * batch's tree head. All or nothing: a sealer that dies mid-batch seals nothing, and the next run
 * (on this node or another) takes the same entries again.
 */
@Stateless
@PermitAll
public class ChainSealing {
    /** The advisory lock every node's sealer tries for; the text "PeelAudt" as a number. */
    static final long SEALER_LOCK = 0x5065656C41756474L;
    /** At most this many entries a batch (and a transaction). */
    static final int BATCH = 1000;
    /** How long a gap in the insertion numbers may hold the sealer back (see SealingOrder). */
    static final Duration GRACE = Duration.ofSeconds(1);

    private static final SealingOrder ORDER = new SealingOrder(GRACE);

    @PersistenceContext(unitName = "audit")
    private EntityManager entityManager;

    /** What one call did. */
    public record Sealed(boolean lockHeldElsewhere, int entries, boolean more) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Sealed nextBatch() {
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, SEALER_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new Sealed(true, 0, false);
        }
        ChainHead head = entityManager.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        List<AuditEntry> unsealed = entityManager.createQuery("select e from AuditEntry e where e.chainPosition is null"
                + " and e.appended is not null order by e.appended", AuditEntry.class).setMaxResults(BATCH)
                .getResultList();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<AuditEntry> chosen = ORDER.toSeal(unsealed,
                entry -> new SealingOrder.Unsealed(entry.appended(), entry.occurredAt()), head.lastAppended(), now);
        if (chosen.isEmpty()) {
            return new Sealed(false, 0, false);
        }
        List<Long> ids = chosen.stream().map(AuditEntry::id).toList();
        Map<Long, List<FieldChange>> changes = ChangeLines.of(entityManager, ids);
        Map<Long, List<String>> results = ResultLines.of(entityManager, ids);
        Map<Long, List<String>> names = NameLines.of(entityManager, ids);
        long first = head.lastPosition() + 1;
        List<String> hashes = new ArrayList<>(chosen.size());
        for (AuditEntry entry : chosen) {
            entry.seal(head.lastPosition() + 1, head.lastHash().strip(), changes.getOrDefault(entry.id(), List.of()),
                    results.getOrDefault(entry.id(), List.of()), names.getOrDefault(entry.id(), List.of()), now);
            head.advanceTo(entry.chainPosition(), entry.entryHash(), entry.appended());
            hashes.add(entry.entryHash());
        }
        entityManager.persist(new TreeHead(first, head.lastPosition(), MerkleTreeHash.of(hashes), head.lastHash(), now));
        return new Sealed(false, chosen.size(), unsealed.size() == BATCH && chosen.size() == BATCH);
    }
}
