package org.peelrms.crime.api;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** A report and everything decided about it, for its page. */
public record ReportView(long id, Long reporterPersonId, String reporterName, ReportMethod method,
        OffsetDateTime reportedAt, String receivedBy, String whatHappened, String location, boolean looksLikeCrime,
        boolean domesticAbuse, ReportStatus status, RecordingTime clock, OffsetDateTime decidedAt, String decidedBy,
        String nonCrimeRationale, List<CrimeSummary> crimes, RiskAssessmentView riskAssessment,
        MaracReferralView referral) implements Serializable {

    public boolean anonymous() {
        return reporterPersonId == null;
    }
}
