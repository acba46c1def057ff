package org.peelrms.custody.api;

import java.time.OffsetDateTime;

/**
 * An entry an officer adds to the custody record as things happen: a note, a cell visit (with rousing
 * or not), a change of cell, property, a right given, a new risk assessment.
 *
 * @param occurredAt  when it happened; null for now (never in the future, never before arrival)
 * @param text        what happened, in the officer's words (the detainee's condition on a visit)
 * @param cell        the new cell, for a CELL entry
 * @param entitlement the right given, for a RIGHTS entry
 * @param risk        the new assessment, for a RISK_ASSESSMENT entry
 */
public record NewEntry(EntryKind kind, OffsetDateTime occurredAt, String text, String cell, Entitlement entitlement,
        NewRiskAssessment risk) {

    public static NewEntry of(EntryKind kind, OffsetDateTime occurredAt, String text) {
        return new NewEntry(kind, occurredAt, text, null, null, null);
    }
}
