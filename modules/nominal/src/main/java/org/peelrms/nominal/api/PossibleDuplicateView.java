package org.peelrms.nominal.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One pair in the duplicate review queue, as the reviewer sees it.
 *
 * @param first, second  the two people (the lower id first): id and a line to recognise them by
 * @param weight         the Fellegi–Sunter match weight (log2 of the odds that the two are one person)
 * @param probability    the same as a probability, 0 to 1
 * @param explanation    what agreed and how ("surname same by sound: KHAN / KHAAN; ...")
 */
public record PossibleDuplicateView(long id, long firstPersonId, String first, long secondPersonId, String second,
        double weight, double probability, String explanation, DuplicateStatus status, OffsetDateTime foundAt,
        String reviewedBy, OffsetDateTime reviewedAt, String reviewReason) implements Serializable {
}
