package org.peelrms.nominal.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.peelrms.kernel.MergeUndone;
import org.peelrms.kernel.PersonMerged;

/**
 * The read model of the records naming a person ({@code person_named}, ADR 0042) after a merge of two people and
 * after its undoing (ADR 0046): inside that transaction it forgets what it held for the people whose records have
 * moved (on a merge, the merged-away person; on an undo, both), and every module that publishes these facts
 * publishes again, after the commit, those of the records naming either person (missing persons does, in its own
 * observer of the same events). So the survivor's hit shows the episodes of both, and each its own after the undo.
 */
@ApplicationScoped
public class RecordsNamingPeopleFollowMerge {

    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    void merged(@Observes PersonMerged merged) {
        forget(List.of(merged.mergedAwayId()));
    }

    void undone(@Observes MergeUndone undone) {
        forget(List.of(undone.survivorId(), undone.mergedAwayId()));
    }

    private void forget(List<Long> people) {
        entityManager.createNativeQuery("DELETE FROM nominal.person_named WHERE person_id IN (:people)")
                .setParameter("people", people).executeUpdate();
    }
}
