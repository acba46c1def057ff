package org.peelrms.missingpersons.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.kernel.MergeUndone;
import org.peelrms.kernel.MergedLinks;
import org.peelrms.kernel.PersonMerged;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;

/**
 * Missing person cases follow a merge of two people (ADR 0046), inside the merge's transaction: the missing person,
 * the reporter and the people linked to a case, where they are the merged-away person, become the survivor, each
 * row recorded in {@code missingpersons.merge_link}; undoing the merge puts exactly those back. The facts this
 * module publishes to the people index ({@link EpisodesPublished}) are published again for both people, so that
 * the survivor's search hit shows the missing episodes of both (and, after the undo, each its own again). One
 * CHANGED entry on the case for each row.
 */
@ApplicationScoped
public class LinksFollowMerge {

    @PersistenceContext(unitName = "missingpersons")
    private EntityManager entityManager;

    @EJB
    private RecordWrites writes;

    @Inject
    private EpisodesPublished episodes;

    void merged(@Observes PersonMerged merged) {
        MergedLinks links = MergedLinks.of(entityManager, "missingpersons", merged);
        audited(links, links.follow("missing_case", "person_id", "id"), false);
        audited(links, links.follow("missing_case", "reporter_person_id", "id"), false);
        audited(links, links.follow("case_link", "person_id", "case_id"), false);
        episodes.republish(List.of(merged.survivorId(), merged.mergedAwayId()));
    }

    void undone(@Observes MergeUndone undone) {
        MergedLinks links = MergedLinks.of(entityManager, "missingpersons", undone);
        audited(links, links.putBack(), true);
        episodes.republish(List.of(undone.survivorId(), undone.mergedAwayId()));
    }

    private void audited(MergedLinks links, List<MergedLinks.Link> moved, boolean undoing) {
        for (MergedLinks.Link link : moved) {
            String who = link.table().equals("case_link") ? "linked person"
                    : link.column().equals("person_id") ? "missing person" : "reporter";
            writes.changed(RecordRef.of(RecordType.MISSING_PERSON_CASE, link.recordId()), Change.of(who + " "
                            + links.said(link, undoing),
                            List.of(FieldChange.of(who, links.before(link, undoing), links.after(link, undoing))))
                    .naming(links.people()));
        }
    }
}
