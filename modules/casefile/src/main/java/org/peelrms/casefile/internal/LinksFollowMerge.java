package org.peelrms.casefile.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
 * Case files follow a merge of two people (ADR 0046), inside the merge's transaction: every party and every
 * witness statement or interview record (MG11, MG15) naming the merged-away person names the survivor, each row
 * recorded in {@code casefile.merge_link}. A party the survivor already is on the same file in the same role, or a
 * form the survivor already has on the same file, is set aside (kept whole, to come back). Undoing the merge puts
 * exactly those back. One CHANGED entry on the file for each row.
 */
@ApplicationScoped
public class LinksFollowMerge {

    @PersistenceContext(unitName = "casefile")
    private EntityManager entityManager;

    @EJB
    private RecordWrites writes;

    void merged(@Observes PersonMerged merged) {
        MergedLinks links = MergedLinks.of(entityManager, "casefile", merged);
        audited(links, links.follow("file_party", "person_id", "file_id", "file_id", "role"), false);
        audited(links, links.follow("file_form", "person_id", "file_id", "file_id", "form"), false);
    }

    void undone(@Observes MergeUndone undone) {
        MergedLinks links = MergedLinks.of(entityManager, "casefile", undone);
        audited(links, links.putBack(), true);
    }

    private void audited(MergedLinks links, List<MergedLinks.Link> moved, boolean undoing) {
        for (MergedLinks.Link link : moved) {
            String who = link.table().equals("file_party") ? "party" : "person on form";
            writes.changed(RecordRef.of(RecordType.CASE_FILE, link.recordId()), Change.of(who + " " + links.said(link, undoing),
                            List.of(FieldChange.of(who, links.before(link, undoing), links.after(link, undoing))))
                    .naming(links.people()));
        }
    }
}
