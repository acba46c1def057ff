package org.peelrms.crime.api;

import java.util.List;

/** The lists that stop a report or a crime falling through. Each list shown is audited as a search. */
public interface CrimeLists {

    /** Open reports, soonest deadline first; with {@code nearOrPastOnly}, only those due soon or overdue. */
    List<ReportSummary> openReports(boolean nearOrPastOnly);

    /** Crimes under investigation whose review date has passed (or that have none set). */
    List<CrimeSummary> overdueReviews();

    /** Domestic-abuse reports with no risk assessment, oldest first. */
    List<ReportSummary> domesticAbuseWithoutRiskAssessment();

    /** High-risk domestic-abuse reports with no MARAC referral, oldest first. */
    List<ReportSummary> highRiskWithoutReferral();

    /** Crimes with a cancellation or transfer waiting for a supervisor. */
    List<CrimeSummary> awaitingCancellationDecision();

    /** The crimes a person on the people index is linked to, newest first, with their role in each. */
    List<LinkedCrime> linkedTo(long personId);

    /** The most recently recorded crimes, newest first. */
    List<CrimeSummary> recentCrimes(int limit);
}
