package org.peelrms.custody.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.custody.api.EntryKind;
import org.peelrms.kernel.Conflict;
import org.peelrms.kernel.MergeUndone;
import org.peelrms.kernel.MergedLinks;
import org.peelrms.kernel.PersonMerged;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;

/**
 * Custody records follow a merge of two people (ADR 0046), inside the merge's transaction: every custody record
 * naming the merged-away person names the survivor, recorded in {@code custody.merge_link} (the one change the
 * append-only record allows, custody V3); undoing the merge puts exactly those back. A merge of two people who are
 * both in custody now is refused: one person cannot be in two detentions. Both people's booking-in turns are held
 * first, so no booking in of either slips in while the merge runs. One CHANGED entry on each record moved.
 */
@ApplicationScoped
public class LinksFollowMerge {

    @PersistenceContext(unitName = "custody")
    private EntityManager entityManager;

    @EJB
    private RecordWrites writes;

    void merged(@Observes PersonMerged merged) {
        BookingInTurn.take(entityManager, Math.min(merged.survivorId(), merged.mergedAwayId()));
        BookingInTurn.take(entityManager, Math.max(merged.survivorId(), merged.mergedAwayId()));
        List<String> detained = openDetentions(merged.survivorId(), merged.mergedAwayId());
        if (detained.size() > 1) {
            throw new Conflict("Both are in custody now: custody records " + String.join(" and ", detained)
                    + ". One person cannot be in two detentions; record the disposal of the one that is wrong, then merge.");
        }
        MergedLinks links = MergedLinks.of(entityManager, "custody", merged);
        audited(links, links.follow("custody_record", "person_id", "id"), false);
    }

    void undone(@Observes MergeUndone undone) {
        MergedLinks links = MergedLinks.of(entityManager, "custody", undone);
        audited(links, links.putBack(), true);
    }

    /** The custody numbers of the detentions, authorised and not yet disposed of, of either person. */
    private List<String> openDetentions(long survivorId, long mergedAwayId) {
        return entityManager.createQuery("select r.number from CustodyRecord r where r.personId in (:people)"
                        + " and r.authorised = true"
                        + " and not exists (select e from CustodyEntry e where e.record = r and e.kind = :disposal)"
                        + " order by r.id", String.class)
                .setParameter("people", List.of(survivorId, mergedAwayId))
                .setParameter("disposal", EntryKind.DISPOSAL).getResultList();
    }

    private void audited(MergedLinks links, List<MergedLinks.Link> moved, boolean undoing) {
        for (MergedLinks.Link link : moved) {
            writes.changed(RecordRef.of(RecordType.CUSTODY_RECORD, link.recordId()), Change.of("detained person "
                            + links.said(link, undoing),
                            List.of(FieldChange.of("detained person", links.before(link, undoing), links.after(link, undoing))))
                    .naming(links.people()));
        }
    }
}
