package org.peelrms.crime.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.peelrms.kernel.ReportDocument;

/**
 * The crime data integrity report for a period (UK dates, both days included): what was reported,
 * what was recorded and how fast, what was closed or removed and why, and how domestic abuse was
 * risk-assessed and referred. Counts are of reports received in the period, as they stand now.
 *
 * @param recordingRate      reports recorded as crime, over reports received (0 to 1)
 * @param medianHours        median time from report to the first crime recorded, in hours (null if none)
 * @param p90Hours           90th percentile of the same (nearest rank), in hours
 * @param shareWithin24Hours recorded reports whose first crime was recorded within 24 hours, over recorded reports
 * @param unresolved         reports still waiting for a decision
 * @param overdueUnresolved  of those, past 24 hours
 * @param lookedLikeCrimeClosedNonCrime reports that looked like a crime when taken but were closed as non-crime
 */
public record IntegrityReport(LocalDate from, LocalDate to, OffsetDateTime producedAt, long reportsReceived,
        long reportsRecorded, long crimesRecorded, double recordingRate, Double medianHours, Double p90Hours,
        double shareWithin24Hours, long unresolved, long overdueUnresolved, long closedNonCrime,
        long lookedLikeCrimeClosedNonCrime, List<NonCrimeClosure> closures, List<Removal> removals,
        long domesticAbuseReports, long riskAssessed, double riskAssessmentRate, long highRisk, long referred,
        double referralRate, List<Month> months) implements ReportDocument.Exported, Serializable {

    /** The report's headline figures and the reports received each month, for its PDF. */
    @Override
    public ReportDocument document() {
        return ReportDocument.figures()
                .add("Reports received", reportsReceived)
                .add("Reports recorded as crime", reportsRecorded)
                .add("Crimes recorded", crimesRecorded)
                .percent("Recording rate", recordingRate)
                .measure("Report to recording: median hours", medianHours)
                .measure("Report to recording: 90th percentile hours", p90Hours)
                .percent("Recorded within 24 hours", shareWithin24Hours)
                .add("Still unresolved", unresolved)
                .add("Unresolved past 24 hours", overdueUnresolved)
                .add("Closed as non-crime", closedNonCrime)
                .add("Closed as non-crime though they looked like a crime", lookedLikeCrimeClosedNonCrime)
                .add("Crimes cancelled or transferred", removals.size())
                .add("Domestic abuse reports", domesticAbuseReports)
                .add("Domestic abuse risk-assessed", riskAssessed)
                .add("High risk", highRisk)
                .add("High risk referred to a MARAC", referred)
                .document("Crime data integrity report", from, to, "Reports received each month", months.stream()
                        .map(m -> new ReportDocument.Bar(m.month().toString(), m.received())).toList());
    }


    /** A report closed as a non-crime incident, with its rationale. */
    public record NonCrimeClosure(long reportId, OffsetDateTime reportedAt, boolean lookedLikeCrime, String rationale,
            String decidedBy, OffsetDateTime decidedAt) implements Serializable {
    }

    /** An approved cancellation or transfer, with its reason and evidence. */
    public record Removal(String crimeNumber, CancellationReason reason, String evidence, String transferredTo,
            String requestedBy, String approvedBy, OffsetDateTime approvedAt) implements Serializable {
    }

    /** One month of the period, for the chart. */
    public record Month(YearMonth month, long received, long recordedWithin24Hours, long recordedLate,
            long closedNonCrime, long unresolved) implements Serializable {
    }
}
