package org.peelrms.crime.internal;

import java.time.OffsetDateTime;
import org.peelrms.crime.api.ReportStatus;
import org.peelrms.crime.api.RiskLevel;

/**
 * What the integrity report needs to know of one report received in the period.
 *
 * @param riskLevel the latest risk assessment's level, null when never assessed
 * @param referred  whether it was referred to a MARAC
 * @param crimes    how many crimes were recorded from it
 */
record ReportFact(long id, OffsetDateTime reportedAt, ReportStatus status, OffsetDateTime decidedAt, String decidedBy,
        boolean lookedLikeCrime, String nonCrimeRationale, boolean domesticAbuse, RiskLevel riskLevel,
        boolean referred, long crimes) {
}
