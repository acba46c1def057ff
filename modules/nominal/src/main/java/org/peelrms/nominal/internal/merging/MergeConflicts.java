package org.peelrms.nominal.internal.merging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.MergeField;
import org.peelrms.nominal.api.MergePreview.FieldConflict;
import org.peelrms.nominal.api.PersonDetails;
import org.peelrms.nominal.api.Sex;

/**
 * The details on which two records of one person disagree, and the survivor's details once the reviewer has settled
 * them (ADR 0045): a field only one record gives is taken from it; a field both give differently is a conflict, kept
 * from the record the reviewer chose. Names are never in conflict (the merged-away names become other names).
 */
final class MergeConflicts {
    private MergeConflicts() {
    }

    /** Each field both records give, differently, as each shows it. */
    static List<FieldConflict> between(PersonDetails survivor, PersonDetails mergedAway) {
        List<FieldConflict> conflicts = new ArrayList<>();
        for (MergeField field : MergeField.values()) {
            Object kept = value(survivor, field);
            Object other = value(mergedAway, field);
            if (kept != null && other != null && !Objects.equals(kept, other)) {
                conflicts.add(new FieldConflict(field, shown(kept), shown(other)));
            }
        }
        return conflicts;
    }

    /**
     * The survivor's details after the merge: its name always; each other field its own, or the merged-away one's
     * where it has none or the reviewer chose that one. Refused if a conflict is left unsettled or settled both ways.
     */
    static PersonDetails settled(PersonDetails survivor, PersonDetails mergedAway, Set<MergeField> keepFromSurvivor,
            Set<MergeField> keepFromMergedAway) {
        for (FieldConflict conflict : between(survivor, mergedAway)) {
            boolean fromSurvivor = keepFromSurvivor.contains(conflict.field());
            boolean fromMergedAway = keepFromMergedAway.contains(conflict.field());
            if (fromSurvivor == fromMergedAway) {
                throw new InvalidInput("Choose which " + label(conflict.field()) + " to keep: the surviving record's ("
                        + conflict.survivorValue() + ") or the merged-away record's (" + conflict.mergedAwayValue()
                        + "), in keepFromSurvivor or keepFromMergedAway, not both.");
            }
        }
        LocalDate dateOfBirth = pick(survivor, mergedAway, MergeField.DATE_OF_BIRTH, keepFromMergedAway);
        Sex sex = pick(survivor, mergedAway, MergeField.SEX, keepFromMergedAway);
        Integer height = pick(survivor, mergedAway, MergeField.HEIGHT, keepFromMergedAway);
        String pncId = pick(survivor, mergedAway, MergeField.PNC_ID, keepFromMergedAway);
        return new PersonDetails(survivor.surname(), survivor.forenames(), dateOfBirth, sex == null ? survivor.sex() : sex,
                height, pncId);
    }

    /** "date of birth", as the reviewer's message names the field. */
    static String label(MergeField field) {
        return switch (field) {
            case DATE_OF_BIRTH -> "date of birth";
            case SEX -> "sex";
            case HEIGHT -> "height";
            case PNC_ID -> "PNC ID";
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T pick(PersonDetails survivor, PersonDetails mergedAway, MergeField field,
            Set<MergeField> keepFromMergedAway) {
        Object own = value(survivor, field);
        Object other = value(mergedAway, field);
        return (T) (own == null || (other != null && keepFromMergedAway.contains(field)) ? other : own);
    }

    /** The field's value, null where the record does not say (an unknown sex says nothing). */
    private static Object value(PersonDetails details, MergeField field) {
        return switch (field) {
            case DATE_OF_BIRTH -> details.dateOfBirth();
            case SEX -> details.sex() == Sex.UNKNOWN ? null : details.sex();
            case HEIGHT -> details.heightCm();
            case PNC_ID -> details.pncId() == null || details.pncId().isBlank() ? null : details.pncId().strip();
        };
    }

    private static String shown(Object value) {
        return value instanceof Sex sex ? sex.label() : value.toString();
    }
}
