package org.peelrms.nominal.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A merge of two people as the review pages and the REST API show it.
 *
 * @param survivor, mergedAway a line to recognise each by (name, date of birth, reference)
 * @param undoneBy, undoneAt, undoReason set once the merge has been undone
 */
public record MergeView(long id, long survivorId, String survivor, long mergedAwayId, String mergedAway,
        String mergedBy, OffsetDateTime mergedAt, String reason, String undoneBy, OffsetDateTime undoneAt,
        String undoReason) implements Serializable {

    public boolean undone() {
        return undoneAt != null;
    }
}
