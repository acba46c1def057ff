package org.peelrms.nominal.internal.merging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.nominal.api.PersonDetails;
import org.peelrms.nominal.api.PersonNames;
import org.peelrms.nominal.api.PersonRecord;
import org.peelrms.nominal.internal.Changes;
import org.peelrms.nominal.internal.PersonName;
import org.peelrms.restriction.api.Change;

/**
 * The audit entries of a merge and of its undoing (ADR 0045; docs/audit.md): one CHANGED entry on each person,
 * with the reason, listing every field's before and after: the details the reviewer settled, each name, mark and
 * marker that came or went, and which record this one was merged into or from.
 */
final class MergeAudit {
    private MergeAudit() {
    }

    /** The survivor's entry: {@code gained} true for the merge, false for undoing it. */
    static Change survivor(String what, PersonDetails before, PersonDetails after,
            List<PersonName> names, PersonRecord withMoved, Set<Long> marks, Set<Long> markers, String other,
            boolean gained, String reason) {
        List<FieldChange> changes = new ArrayList<>(Changes.fields(before, after));
        names.forEach(name -> changes.add(moved("other name", name.nameType().shortName() + " '"
                + PersonNames.display(name.forenames(), name.surname()) + "'" + (name.active() ? "" : " (ended)"), gained)));
        movedRows(changes, withMoved, marks, markers, gained);
        changes.add(moved(gained ? "merged from" : "merge undone with", other, true));
        return Change.of(what, changes).because(reason);
    }

    /** The merged-away person's entry: {@code gone} true for the merge (marks and markers left), false for undoing it. */
    static Change mergedAway(String what, PersonRecord withMoved, Set<Long> marks,
            Set<Long> markers, String survivor, boolean gone, String reason) {
        List<FieldChange> changes = new ArrayList<>();
        movedRows(changes, withMoved, marks, markers, !gone);
        changes.add(gone ? FieldChange.of("merged into", null, survivor) : FieldChange.of("merged into", survivor, null));
        return Change.of(what, changes).because(reason);
    }

    /** The marks and markers moved, as the record holding them shows them. */
    private static void movedRows(List<FieldChange> changes, PersonRecord holder, Set<Long> marks, Set<Long> markers,
            boolean arrived) {
        holder.marks().stream().filter(mark -> marks.contains(mark.id())).forEach(mark -> changes.add(moved("mark",
                mark.kind().label().toLowerCase() + ": " + mark.description() + " (" + mark.bodyLocation() + ")", arrived)));
        holder.markers().stream().filter(marker -> markers.contains(marker.id())).forEach(marker -> changes.add(moved(
                "warning marker", marker.type().label() + (marker.active() ? "" : " (ended)"), arrived)));
    }

    private static FieldChange moved(String field, String value, boolean arrived) {
        return arrived ? FieldChange.of(field, null, value) : FieldChange.of(field, value, null);
    }
}
