package org.peelrms.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.UkDateFormat;
import org.peelrms.nominal.api.MergeField;
import org.peelrms.nominal.api.MergePreview;
import org.peelrms.nominal.api.MergeRequest;
import org.peelrms.nominal.api.MergeView;
import org.peelrms.nominal.api.PersonMerges;
import org.peelrms.nominal.api.PersonRecord;
import org.peelrms.restriction.api.ReasonRequired;
import org.peelrms.web.shell.Messages;
import org.peelrms.web.shell.RestrictedOpening;

/**
 * The merge screen ({@code admin/merge.xhtml?first=&second=}): the two records side by side (through the reason form
 * when one is restricted), the reviewer's choice of the record that survives and, for each detail the two give
 * differently, of the value to keep (nothing chosen for them), their reason, and the merge; then the merge done, with
 * "Undo this merge". The service's refusals (a detail left unsettled, a record changed since, a restricted record)
 * are shown as it words them.
 */
@Named
@ViewScoped
public class MergeScreenView implements Serializable {
    /** The two records as the page names them: the one given first in the address, and the other. */
    public enum Side { FIRST, SECOND }

    @EJB
    private PersonMerges merges;

    private long first;
    private long second;
    private final RestrictedOpening opening = new RestrictedOpening();
    private MergePreview preview;
    private Side survivor;
    /** For each detail the two give differently, the side whose value is kept (FIRST or SECOND, as the radio buttons send it). */
    private final Map<MergeField, String> kept = new EnumMap<>(MergeField.class);
    private String reason;
    private MergeView done;
    private String undoReason;

    public void onLoad() {
        if (preview == null && done == null && first > 0 && second > 0) {
            preview = opening.open(r -> merges.preview(first, second, r));
        }
    }

    /** The reason form's action: opens both records again with the reason just given. */
    public void reopen() {
        preview = null;
        onLoad();
    }

    public void merge() {
        PersonRecord staying = record(survivor);
        PersonRecord away = record(survivor == Side.FIRST ? Side.SECOND : Side.FIRST);
        Set<MergeField> fromSurvivor = EnumSet.noneOf(MergeField.class);
        Set<MergeField> fromMergedAway = EnumSet.noneOf(MergeField.class);
        kept.forEach((field, side) -> (survivor.name().equals(side) ? fromSurvivor : fromMergedAway).add(field));
        try {
            done = merges.merge(new MergeRequest(staying.id(), staying.version(), away.id(), away.version(), fromSurvivor,
                    fromMergedAway, reason)).orElse(null);
            if (done == null) {
                Messages.error("One of these records is no longer on file, or not yours to see: nothing was merged.");
            } else {
                Messages.info("Merged: " + done.mergedAway() + " is now part of " + done.survivor() + ".");
                preview = null;
            }
        } catch (ReasonRequired | InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public void undo() {
        MergeView undone = MergeUndo.undo(merges, done.id(), undoReason);
        if (undone != null) {
            done = undone;
            undoReason = null;
        }
    }

    /** The record shown on this side. */
    public PersonRecord record(Side side) {
        return side == Side.FIRST ? preview.survivor() : preview.mergedAway();
    }

    /** A detail as people read it: "12/04/1971", "Female", "165 cm". */
    public String show(MergeField field, PersonRecord person) {
        return switch (field) {
            case DATE_OF_BIRTH -> UkDateFormat.day(person.dateOfBirth());
            case SEX -> person.sex() == null ? "" : person.sex().label();
            case HEIGHT -> person.heightCm() == null ? "" : person.heightCm() + " cm";
            case PNC_ID -> person.pncId() == null ? "" : person.pncId();
        };
    }

    /** "Record 12 (P0012)", naming a record on the screen. */
    public String name(PersonRecord person) {
        return "Record " + person.id() + (person.reference() == null ? "" : " (" + person.reference() + ")");
    }

    public Side[] getSides() {
        return Side.values();
    }

    public Map<MergeField, String> getKept() {
        return kept;
    }

    public MergePreview getPreview() {
        return preview;
    }

    public MergeView getDone() {
        return done;
    }

    public RestrictedOpening getOpening() {
        return opening;
    }

    public Side getSurvivor() {
        return survivor;
    }

    public void setSurvivor(Side survivor) {
        this.survivor = survivor;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getUndoReason() {
        return undoReason;
    }

    public void setUndoReason(String undoReason) {
        this.undoReason = undoReason;
    }

    public long getFirst() {
        return first;
    }

    public void setFirst(long first) {
        this.first = first;
    }

    public long getSecond() {
        return second;
    }

    public void setSecond(long second) {
        this.second = second;
    }
}
