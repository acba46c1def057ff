package org.peelrms.crime.internal;

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
import org.peelrms.kernel.RecordRef;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;
import org.peelrms.kernel.RecordType;

/**
 * Crimes and reports follow a merge of two people (ADR 0046), inside the merge's transaction: every crime link
 * and every report's reporter naming the merged-away person names the survivor (a crime link the survivor already
 * has, same crime and role, is set aside), each recorded in {@code crime.merge_link}; undoing the merge puts
 * exactly those back. One CHANGED entry on the crime or report for each row.
 */
@ApplicationScoped
public class LinksFollowMerge {

    @PersistenceContext(unitName = "crime")
    private EntityManager entityManager;

    @EJB
    private RecordWrites writes;

    void merged(@Observes PersonMerged merged) {
        MergedLinks links = MergedLinks.of(entityManager, "crime", merged);
        audited(links, links.follow("crime_person", "person_id", "crime_id", "crime_id", "role"), false);
        audited(links, links.follow("report", "reporter_person_id", "id"), false);
    }

    void undone(@Observes MergeUndone undone) {
        MergedLinks links = MergedLinks.of(entityManager, "crime", undone);
        audited(links, links.putBack(), true);
    }

    private void audited(MergedLinks links, List<MergedLinks.Link> moved, boolean undoing) {
        for (MergedLinks.Link link : moved) {
            boolean report = link.table().equals("report");
            writes.changed(RecordRef.of(report ? RecordType.CRIME_REPORT : RecordType.CRIME, link.recordId()),
                    Change.of((report ? "reporter " : "linked person ") + links.said(link, undoing),
                            List.of(FieldChange.of(report ? "reporter" : "person linked", links.before(link, undoing),
                                    links.after(link, undoing))))
                    .naming(links.people()));
        }
    }
}
