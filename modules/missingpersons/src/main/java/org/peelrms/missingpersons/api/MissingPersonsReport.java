package org.peelrms.missingpersons.api;

import java.time.LocalDate;
import java.util.List;

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
        int repeatCases) {

    /** Cases at a risk level (their level now, or when closed). */
    public record LevelCount(RiskLevel level, int cases) {
    }
}
