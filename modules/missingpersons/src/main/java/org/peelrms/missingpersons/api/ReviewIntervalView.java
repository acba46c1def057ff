package org.peelrms.missingpersons.api;

import java.time.OffsetDateTime;

/** How often a case at a level is reviewed, and who set it. */
public record ReviewIntervalView(RiskLevel level, int minutes, String changedBy, OffsetDateTime changedAt) {
}
