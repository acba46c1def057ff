package org.peelrms.crime.internal;

import java.util.Locale;
import org.peelrms.crime.api.IntegrityReport;

/** Writes the integrity report as CSV for a spreadsheet: the figures, then each month, closure and removal. */
final class IntegrityCsv {
    private IntegrityCsv() {
    }

    static String write(IntegrityReport report) {
        StringBuilder csv = new StringBuilder();
        row(csv, "Crime data integrity report", report.from() + " to " + report.to());
        row(csv, "Produced at", String.valueOf(report.producedAt()));
        row(csv, "figure", "value");
        row(csv, "Reports received", report.reportsReceived());
        row(csv, "Reports recorded as crime", report.reportsRecorded());
        row(csv, "Crimes recorded", report.crimesRecorded());
        row(csv, "Recording rate (%)", percent(report.recordingRate()));
        row(csv, "Median hours from report to recording", hours(report.medianHours()));
        row(csv, "90th percentile hours from report to recording", hours(report.p90Hours()));
        row(csv, "Recorded within 24 hours (%)", percent(report.shareWithin24Hours()));
        row(csv, "Reports unresolved", report.unresolved());
        row(csv, "Reports unresolved past 24 hours", report.overdueUnresolved());
        row(csv, "Closed as non-crime", report.closedNonCrime());
        row(csv, "Closed as non-crime though they looked like a crime", report.lookedLikeCrimeClosedNonCrime());
        row(csv, "Crimes cancelled or transferred", report.removals().size());
        row(csv, "Domestic-abuse reports", report.domesticAbuseReports());
        row(csv, "Domestic-abuse reports risk-assessed", report.riskAssessed());
        row(csv, "Risk assessment rate (%)", percent(report.riskAssessmentRate()));
        row(csv, "High-risk domestic-abuse reports", report.highRisk());
        row(csv, "High-risk referred to MARAC", report.referred());
        row(csv, "MARAC referral rate (%)", percent(report.referralRate()));
        csv.append("\r\n");
        row(csv, "month", "received", "recorded within 24 hours", "recorded after 24 hours", "closed as non-crime", "unresolved");
        for (IntegrityReport.Month month : report.months()) {
            row(csv, month.month(), month.received(), month.recordedWithin24Hours(), month.recordedLate(),
                    month.closedNonCrime(), month.unresolved());
        }
        csv.append("\r\n");
        row(csv, "non-crime closure: report", "reported at", "looked like a crime", "rationale", "decided by", "decided at");
        for (IntegrityReport.NonCrimeClosure closure : report.closures()) {
            row(csv, closure.reportId(), closure.reportedAt(), closure.lookedLikeCrime() ? "yes" : "no",
                    closure.rationale(), closure.decidedBy(), closure.decidedAt());
        }
        csv.append("\r\n");
        row(csv, "removal: crime", "reason", "evidence", "transferred to", "requested by", "approved by", "approved at");
        for (IntegrityReport.Removal removal : report.removals()) {
            row(csv, removal.crimeNumber(), removal.reason().label(), removal.evidence(), removal.transferredTo(),
                    removal.requestedBy(), removal.approvedBy(), removal.approvedAt());
        }
        return csv.toString();
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f", rate * 100);
    }

    private static String hours(Double hours) {
        return hours == null ? "" : String.format(Locale.ROOT, "%.1f", hours);
    }

    private static void row(StringBuilder csv, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    /** A cell, quoted when it holds a comma, quote or line break; formulas are defused for spreadsheets. */
    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
