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

    /** Saves a batch; how many pairs were new. */
    public int save(List<PossiblePair> pairs, Map<String, Long> known, long job) {
        int opened = 0;
        for (PossiblePair pair : pairs) {
            Long id = known.get(key(pair.firstId(), pair.secondId()));
            if (id == null) {
                entityManager.persist(new PossibleDuplicate(pair, job));
                opened++;
            } else {
                entityManager.find(PossibleDuplicate.class, id).found(pair, job);
            }
        }
        return opened;
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
