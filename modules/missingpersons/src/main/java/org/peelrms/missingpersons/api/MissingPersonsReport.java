package org.peelrms.missingpersons.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.peelrms.kernel.ReportDocument;

/**
 * The missing persons report for auditors, for the cases reported from {@code from} to {@code to}
 * (both whole days, UK time). Times are in minutes; a median is null when there is nothing to measure.
 *
 * @param notGraded              cases never graded
 * @param reviewsDone            reviews (and supervisor gradings) done in the period's cases
 * @param reviewsLate            of them, done after the time they were due: missed reviews
 * @param overdueNow             open cases whose review is overdue now
 * @param repeatPersons          people with more than one case in the period
 * @param repeatCases            the cases of those people
 */
public record MissingPersonsReport(LocalDate from, LocalDate to, int cases, List<LevelCount> byRiskLevel,
        int notGraded, Long medianMinutesToFirstGrading, Long longestMinutesToFirstGrading, int reviewsDone,
        int reviewsLate, int overdueNow, int found, Long medianMinutesToFind, int stillMissing, int repeatPersons,
        int repeatCases) implements ReportDocument.Exported, Serializable {

    /** The report's headline figures and its cases by risk level, for its PDF. */
    @Override
    public ReportDocument document() {
        return ReportDocument.figures()
                .add("Cases reported", cases)
                .add("Never graded", notGraded)
                .measure("Report to first grading: median minutes", medianMinutesToFirstGrading)
                .measure("Report to first grading: longest minutes", longestMinutesToFirstGrading)
                .add("Reviews done", reviewsDone)
                .add("Reviews done late (missed)", reviewsLate)
                .add("Open cases overdue for review now", overdueNow)
                .add("Found", found)
                .measure("Time to find: median minutes", medianMinutesToFind)
                .add("Still missing", stillMissing)
                .add("People missing more than once", repeatPersons)
                .add("Their cases", repeatCases)
                .document("Missing persons report", from, to, "Cases by risk level", byRiskLevel.stream()
                        .map(l -> new ReportDocument.Bar(l.level().label(), l.cases())).toList());
    }


    /** Cases at a risk level (their level now, or when closed). */
    public record LevelCount(RiskLevel level, int cases) implements Serializable {
    }
}
