package org.peelrms.web.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peelrms.audit.api.AuditReport;
import org.peelrms.casefile.api.CaseFilesReport;
import org.peelrms.crime.api.IntegrityReport;
import org.peelrms.custody.api.ComplianceReport;
import org.peelrms.missingpersons.api.MissingPersonsReport;
import org.peelrms.kernel.UkDateFormat;

/**
 * Each report Peel exports, as the one shape its PDF is drawn from. The audit reports carry their
 * own table and chart; the crime integrity, PACE compliance and missing persons reports give their
 * headline figures as a table of figure and value (their CSV has every row) and one chart.
 */
public final class ReportDocuments {
    private static final DateTimeFormatter DAY = UkDateFormat.DAY;

    private ReportDocuments() {
    }

    public static ReportDocument of(AuditReport report) {
        return new ReportDocument(report.title(), period(report.from(), report.to()),
                report.filters().stream().map(f -> capital(f.label()) + ": " + f.value()).toList(), report.columns(),
                report.rows(), report.truncated() ? "Only the first " + AuditReport.MAX_ROWS
                        + " rows are listed; the chart counts them all." : null,
                report.chartTitle(), report.chart().stream().map(b -> new ReportDocument.Bar(b.label(), b.value())).toList());
    }

    public static ReportDocument of(IntegrityReport report) {
        Figures figures = new Figures()
                .add("Reports received", report.reportsReceived())
                .add("Reports recorded as crime", report.reportsRecorded())
                .add("Crimes recorded", report.crimesRecorded())
                .add("Recording rate", percent(report.recordingRate()))
                .add("Report to recording: median hours", hours(report.medianHours()))
                .add("Report to recording: 90th percentile hours", hours(report.p90Hours()))
                .add("Recorded within 24 hours", percent(report.shareWithin24Hours()))
                .add("Still unresolved", report.unresolved())
                .add("Unresolved past 24 hours", report.overdueUnresolved())
                .add("Closed as non-crime", report.closedNonCrime())
                .add("Closed as non-crime though they looked like a crime", report.lookedLikeCrimeClosedNonCrime())
                .add("Crimes cancelled or transferred", report.removals().size())
                .add("Domestic abuse reports", report.domesticAbuseReports())
                .add("Domestic abuse risk-assessed", report.riskAssessed())
                .add("High risk", report.highRisk())
                .add("High risk referred to a MARAC", report.referred());
        List<ReportDocument.Bar> bars = report.months().stream()
                .map(m -> new ReportDocument.Bar(m.month().toString(), m.received())).toList();
        return figures.document("Crime data integrity report", period(report.from(), report.to()),
                "Reports received each month", bars);
    }

    public static ReportDocument of(ComplianceReport report) {
        Figures figures = new Figures()
                .add("Detentions", report.detentions())
                .add("Detention authorised", report.authorised())
                .add("Detention refused", report.refused())
                .add("Still in custody", report.stillInCustody())
                .add("Time in custody: median hours", hours(report.medianHours()))
                .add("Time in custody: longest hours", hours(report.longestHours()))
                .add("Held beyond 24 hours", report.heldBeyond24Hours())
                .add("Held past the limit in force", report.pastLimit())
                .add("Extensions", report.extensions())
                .add("Warrants of further detention", report.warrants())
                .add("Reviews due", report.reviewsDue())
                .add("Reviews on time", report.reviewsOnTime())
                .add("Reviews postponed", report.reviewsPostponed())
                .add("Reviews late", report.reviewsLate())
                .add("Reviews missed", report.reviewsMissed())
                .add("Visits missed", report.missedVisits())
                .add("Detentions with a missed visit", report.detentionsWithMissedVisits());
        List<ReportDocument.Bar> bars = List.of(new ReportDocument.Bar("On time", report.reviewsOnTime()),
                new ReportDocument.Bar("Postponed", report.reviewsPostponed()),
                new ReportDocument.Bar("Late", report.reviewsLate()),
                new ReportDocument.Bar("Missed", report.reviewsMissed()));
        return figures.document("PACE compliance report", period(report.from(), report.to()),
                "Reviews of detention due in the period", bars);
    }

    public static ReportDocument of(MissingPersonsReport report) {
        Figures figures = new Figures()
                .add("Cases reported", report.cases())
                .add("Never graded", report.notGraded())
                .add("Report to first grading: median minutes", minutes(report.medianMinutesToFirstGrading()))
                .add("Report to first grading: longest minutes", minutes(report.longestMinutesToFirstGrading()))
                .add("Reviews done", report.reviewsDone())
                .add("Reviews done late (missed)", report.reviewsLate())
                .add("Open cases overdue for review now", report.overdueNow())
                .add("Found", report.found())
                .add("Time to find: median minutes", minutes(report.medianMinutesToFind()))
                .add("Still missing", report.stillMissing())
                .add("People missing more than once", report.repeatPersons())
                .add("Their cases", report.repeatCases());
        List<ReportDocument.Bar> bars = report.byRiskLevel().stream()
                .map(l -> new ReportDocument.Bar(l.level().label(), l.cases())).toList();
        return figures.document("Missing persons report", period(report.from(), report.to()),
                "Cases by risk level", bars);
    }

    public static ReportDocument of(CaseFilesReport report) {
        Figures figures = new Figures()
                .add("Files opened", report.files())
                .add("Returns by a supervisor", report.returns())
                .add("Files returned at least once", report.filesReturned())
                .add("Charging decisions requested", report.decisionsRequested())
                .add("Charging decisions made", report.decisionsMade())
                .add("Request to decision: median hours", hours(report.medianHoursToDecision()))
                .add("Request to decision: longest hours", hours(report.longestHoursToDecision()))
                .add("Awaiting a charging decision", report.awaitingDecision());
        report.byStage().forEach(stage -> figures.add(stage.stage().label() + ": files (median, oldest age in days)",
                stage.files() + " (" + days(stage.medianAgeDays()) + ", " + days(stage.oldestAgeDays()) + ")"));
        report.returnReasons().forEach(line -> figures.add("Returned " + line.reference() + " by " + line.by(),
                line.feedback()));
        List<ReportDocument.Bar> bars = report.byStage().stream()
                .map(stage -> new ReportDocument.Bar(stage.stage().label(), stage.files())).toList();
        return figures.document("Case files report", period(report.from(), report.to()), "Files by stage", bars);
    }

    static String period(LocalDate from, LocalDate to) {
        return from.format(DAY) + " to " + to.format(DAY) + " (UK dates, both days included)";
    }

    private static String percent(double rate) {
        return String.format(Locale.UK, "%.1f %%", rate * 100);
    }

    private static String hours(Double hours) {
        return hours == null ? "none" : String.format(Locale.UK, "%.1f", hours);
    }

    private static String hours(Long hours) {
        return hours == null ? "none" : hours.toString();
    }

    private static String days(Long days) {
        return days == null ? "-" : days.toString();
    }

    private static String minutes(Long minutes) {
        return minutes == null ? "none" : minutes.toString();
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A table of figure and value. */
    private static final class Figures {
        private final List<List<String>> rows = new ArrayList<>();

        Figures add(String figure, Object value) {
            rows.add(List.of(figure, String.valueOf(value)));
            return this;
        }

        ReportDocument document(String title, String period, String chartTitle, List<ReportDocument.Bar> bars) {
            return new ReportDocument(title, period, List.of(), List.of("Figure", "Value"), rows,
                    "Every row of this report is in its CSV download.", chartTitle, bars);
        }
    }
}
