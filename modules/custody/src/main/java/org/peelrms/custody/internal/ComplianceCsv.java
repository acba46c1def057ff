package org.peelrms.custody.internal;

import java.util.Locale;
import org.peelrms.custody.api.ComplianceReport;

/** Writes the PACE compliance report as CSV for a spreadsheet: the figures, then each issue and each detention. */
final class ComplianceCsv {
    private ComplianceCsv() {
    }

    static String write(ComplianceReport report) {
        StringBuilder csv = new StringBuilder();
        row(csv, "PACE compliance report", report.from() + " to " + report.to());
        row(csv, "Produced at", report.producedAt());
        row(csv, "figure", "value");
        row(csv, "Detentions", report.detentions());
        row(csv, "Detention authorised", report.authorised());
        row(csv, "Detention refused", report.refused());
        row(csv, "Still in custody", report.stillInCustody());
        row(csv, "Median hours in custody", hours(report.medianHours()));
        row(csv, "Longest hours in custody", hours(report.longestHours()));
        row(csv, "Held beyond 24 hours", report.heldBeyond24Hours());
        row(csv, "Held past the limit", report.pastLimit());
        row(csv, "Extensions (s. 42)", report.extensions());
        row(csv, "Warrants of further detention (ss. 43, 44)", report.warrants());
        row(csv, "Reviews due", report.reviewsDue());
        row(csv, "Reviews on time", report.reviewsOnTime());
        row(csv, "Reviews postponed with a reason", report.reviewsPostponed());
        row(csv, "Reviews late", report.reviewsLate());
        row(csv, "Reviews missed", report.reviewsMissed());
        row(csv, "Missed visits", report.missedVisits());
        row(csv, "Detentions with a missed visit", report.detentionsWithMissedVisits());
        csv.append("\r\n");
        row(csv, "review issue: record", "review", "due", "done at", "done by", "status", "reason");
        for (ComplianceReport.ReviewIssue issue : report.reviewIssues()) {
            row(csv, issue.number(), issue.review(), issue.due(), issue.doneAt(), issue.doneBy(), issue.status().label(),
                    issue.reason());
        }
        csv.append("\r\n");
        row(csv, "past the limit: record", "limit", "released at", "over by");
        for (ComplianceReport.LimitIssue issue : report.limitIssues()) {
            row(csv, issue.number(), issue.limit(), issue.releasedAt() == null ? "still in custody" : issue.releasedAt(),
                    issue.overBy());
        }
        csv.append("\r\n");
        row(csv, "authorisation: record", "kind", "at", "by", "until");
        for (ComplianceReport.Authorisation a : report.authorisations()) {
            row(csv, a.number(), a.kind().label(), a.at(), a.by(), a.until());
        }
        csv.append("\r\n");
        row(csv, "missed visit: record", "observation level", "due");
        for (ComplianceReport.VisitIssue issue : report.visitIssues()) {
            row(csv, issue.number(), issue.level() == null ? "" : issue.level().label(), issue.due());
        }
        csv.append("\r\n");
        row(csv, "detention: record", "relevant time", "released at", "hours", "disposal", "reviews due",
                "reviews late or missed", "extended", "warrant", "past the limit", "missed visits");
        for (ComplianceReport.Row r : report.rows()) {
            row(csv, r.number(), r.relevantTime(), r.releasedAt(), hours(r.hours()), r.disposal(), r.reviewsDue(),
                    r.reviewsLateOrMissed(), yes(r.extended()), yes(r.warrant()), yes(r.pastLimit()), r.missedVisits());
        }
        return csv.toString();
    }

    private static String yes(boolean value) {
        return value ? "yes" : "no";
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
