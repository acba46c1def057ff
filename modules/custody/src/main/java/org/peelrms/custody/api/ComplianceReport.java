package org.peelrms.custody.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.peelrms.kernel.ReportDocument;

/**
 * The PACE compliance report for a period (UK dates, both days included): the detentions whose
 * relevant time fell in it (or, when detention was refused, whose decision did), as they stand now.
 *
 * @param medianHours  median time in custody, relevant time to release, of those released (null if none)
 * @param reviewsDue   reviews that fell due before release (or now)
 * @param pastLimit    detentions held past the limit in force, at release or now
 * @param missedVisits visits due under the observation level that were not made
 */
public record ComplianceReport(LocalDate from, LocalDate to, OffsetDateTime producedAt, long detentions,
        long authorised, long refused, long stillInCustody, Double medianHours, Double longestHours,
        long heldBeyond24Hours, long pastLimit, long extensions, long warrants, long reviewsDue, long reviewsOnTime,
        long reviewsPostponed, long reviewsLate, long reviewsMissed, long missedVisits,
        long detentionsWithMissedVisits, List<ReviewIssue> reviewIssues, List<LimitIssue> limitIssues,
        List<Authorisation> authorisations, List<VisitIssue> visitIssues, List<Row> rows) implements ReportDocument.Exported, Serializable {

    /** The report's headline figures and its reviews of detention by outcome, for its PDF. */
    @Override
    public ReportDocument document() {
        return ReportDocument.figures()
                .add("Detentions", detentions)
                .add("Detention authorised", authorised)
                .add("Detention refused", refused)
                .add("Still in custody", stillInCustody)
                .measure("Time in custody: median hours", medianHours)
                .measure("Time in custody: longest hours", longestHours)
                .add("Held beyond 24 hours", heldBeyond24Hours)
                .add("Held past the limit in force", pastLimit)
                .add("Extensions", extensions)
                .add("Warrants of further detention", warrants)
                .add("Reviews due", reviewsDue)
                .add("Reviews on time", reviewsOnTime)
                .add("Reviews postponed", reviewsPostponed)
                .add("Reviews late", reviewsLate)
                .add("Reviews missed", reviewsMissed)
                .add("Visits missed", missedVisits)
                .add("Detentions with a missed visit", detentionsWithMissedVisits)
                .document("PACE compliance report", from, to, "Reviews of detention due in the period", List.of(
                        new ReportDocument.Bar("On time", reviewsOnTime),
                        new ReportDocument.Bar("Postponed", reviewsPostponed),
                        new ReportDocument.Bar("Late", reviewsLate),
                        new ReportDocument.Bar("Missed", reviewsMissed)));
    }


    /** A review that was postponed, late or missed. */
    public record ReviewIssue(long recordId, String number, int review, OffsetDateTime due, OffsetDateTime doneAt,
            String doneBy, ReviewCheck.Status status, String reason) implements Serializable {
    }

    /** A detention held past its limit; {@code releasedAt} null when still held. */
    public record LimitIssue(long recordId, String number, OffsetDateTime limit, OffsetDateTime releasedAt,
            String overBy) implements Serializable {
    }

    /** An extension or a warrant. */
    public record Authorisation(long recordId, String number, EntryKind kind, OffsetDateTime at, String by,
            OffsetDateTime until) implements Serializable {
    }

    /** A visit due that was not made. */
    public record VisitIssue(long recordId, String number, ObservationLevel level, OffsetDateTime due) implements Serializable {
    }

    /** One detention, for the CSV. */
    public record Row(long recordId, String number, OffsetDateTime relevantTime, OffsetDateTime releasedAt,
            Double hours, String disposal, int reviewsDue, int reviewsLateOrMissed, boolean extended,
            boolean warrant, boolean pastLimit, int missedVisits) implements Serializable {
    }
}
