package org.peelrms.missingpersons.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One missing episode of a person, for their page and for a new report about them. */
public record Episode(long caseId, OffsetDateTime reportedAt, OffsetDateTime foundAt, CaseStatus status,
        RiskLevel riskLevel) implements Serializable {
}
