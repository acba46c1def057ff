package org.peelrms.nominal.internal.duplicates;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.peelrms.nominal.api.DuplicateStatus;

/** What a merge, and undoing it, does to the review queue's pair of the two people (ADR 0044, 0045). */
public final class MergedPairs {
    private MergedPairs() {
    }

    /** The pair of the two, if the finder queued it and it is not dismissed, becomes MERGED. */
    public static void merged(EntityManager entityManager, long oneId, long otherId, String reviewer, String reason) {
        pair(entityManager, oneId, otherId).filter(pair -> pair.status() != DuplicateStatus.NOT_A_DUPLICATE)
                .ifPresent(pair -> pair.merged(reviewer, reason));
    }

    /** The pair of the two, if MERGED, is OPEN again. */
    public static void unmerged(EntityManager entityManager, long oneId, long otherId) {
        pair(entityManager, oneId, otherId).filter(pair -> pair.status() == DuplicateStatus.MERGED)
                .ifPresent(PossibleDuplicate::reopened);
    }

    private static Optional<PossibleDuplicate> pair(EntityManager entityManager, long oneId, long otherId) {
        return entityManager.createQuery("select d from PossibleDuplicate d where d.firstPersonId = :first"
                + " and d.secondPersonId = :second", PossibleDuplicate.class)
                .setParameter("first", Math.min(oneId, otherId)).setParameter("second", Math.max(oneId, otherId))
                .getResultStream().findFirst();
    }
}
