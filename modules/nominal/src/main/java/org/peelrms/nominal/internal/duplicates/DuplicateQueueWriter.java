package org.peelrms.nominal.internal.duplicates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.DuplicateStatus;

/**
 * Writes what a run of the finder found into the review queue, a batch to a transaction: a new pair opens,
 * an open pair found again takes the new evidence, a pair a reviewer decided keeps its decision. At the end,
 * open pairs the run no longer finds are withdrawn (nobody had reviewed them; the records have changed).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DuplicateQueueWriter {
    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    /** The pairs already in the queue, whatever their status: "first:second" → id. */
    public Map<String, Long> known() {
        Map<String, Long> known = new HashMap<>();
        for (Object[] row : entityManager.createQuery("select d.id, d.firstPersonId, d.secondPersonId from PossibleDuplicate d",
                Object[].class).getResultList()) {
            known.put(key((Long) row[1], (Long) row[2]), (Long) row[0]);
        }
        return known;
    }

    /**
     * What saving a batch did: pairs opened, pairs found again while waiting for review, and pairs found again
     * that a reviewer had already decided (found not to be one person, or merged).
     */
    public record Saved(int opened, int stillOpen, int notADuplicate, int merged) {
    }

    /** Saves a batch; what it did. */
    public Saved save(List<PossiblePair> pairs, Map<String, Long> known, long job) {
        int[] counts = new int[DuplicateStatus.values().length];
        int opened = 0;
        for (PossiblePair pair : pairs) {
            Long id = known.get(key(pair.firstId(), pair.secondId()));
            if (id == null) {
                entityManager.persist(new PossibleDuplicate(pair, job));
                opened++;
            } else {
                PossibleDuplicate already = entityManager.find(PossibleDuplicate.class, id);
                counts[already.status().ordinal()]++;
                already.found(pair, job);
            }
        }
        return new Saved(opened, counts[DuplicateStatus.OPEN.ordinal()], counts[DuplicateStatus.NOT_A_DUPLICATE.ordinal()],
                counts[DuplicateStatus.MERGED.ordinal()]);
    }

    /** The reviewers' decisions so far, every run's pairs together: how many pairs of each status. */
    public Map<DuplicateStatus, Long> decisions() {
        Map<DuplicateStatus, Long> decisions = new java.util.EnumMap<>(DuplicateStatus.class);
        for (Object[] row : entityManager.createQuery("select d.status, count(d) from PossibleDuplicate d group by d.status",
                Object[].class).getResultList()) {
            decisions.put((DuplicateStatus) row[0], (Long) row[1]);
        }
        return decisions;
    }

    /** Withdraws the open pairs this run did not find again; how many. */
    public int withdrawNotFoundBy(long job) {
        return entityManager.createQuery("delete from PossibleDuplicate d where d.status = :open"
                + " and (d.foundByJob is null or d.foundByJob <> :job)").setParameter("open", DuplicateStatus.OPEN)
                .setParameter("job", job).executeUpdate();
    }

    static String key(long first, long second) {
        return first + ":" + second;
    }
}
