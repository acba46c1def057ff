package org.peelrms.crime.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One report in a list. */
public record ReportSummary(long id, OffsetDateTime reportedAt, ReportMethod method, String location, String what,
        ReportStatus status, RecordingTime clock, boolean domesticAbuse, RiskLevel riskLevel) implements Serializable {
}
