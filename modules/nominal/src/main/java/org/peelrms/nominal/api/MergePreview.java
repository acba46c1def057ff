package org.peelrms.nominal.api;

import java.io.Serializable;
import java.util.List;

/**
 * What a reviewer sees before merging: both records, and each field on which they disagree.
 */
public record MergePreview(PersonRecord survivor, PersonRecord mergedAway, List<FieldConflict> conflicts) implements Serializable {
    public MergePreview {
        conflicts = List.copyOf(conflicts);
    }

    /** A field the two records give differently, as each shows it. */
    public record FieldConflict(MergeField field, String survivorValue, String mergedAwayValue) implements Serializable {
    }
}
