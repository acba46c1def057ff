package org.peelrms.missingpersons.api;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A report of a missing person. The person must already be on the people index (search before you
 * create); the reporter may be on it ({@code reporterPersonId}) or only named.
 *
 * @param reportedAt when the report was made; null means now
 * @param mayGoTo    places and people they may go to
 */
public record NewMissingReport(Long personId, Long reporterPersonId, String reporterName, String reporterContact,
        OffsetDateTime reportedAt, OffsetDateTime lastSeenAt, String lastSeenPlace, String circumstances,
        String description, Set<Vulnerability> vulnerabilities, String vulnerabilityNote, String mayGoTo) {

    /** The same report naming these people: their ids as they stand now (a survivor's, if merged: ADR 0046). */
    public NewMissingReport naming(Long personId, Long reporterPersonId) {
        return new NewMissingReport(personId, reporterPersonId, reporterName, reporterContact, reportedAt, lastSeenAt,
                lastSeenPlace, circumstances, description, vulnerabilities, vulnerabilityNote, mayGoTo);
    }
}
