package org.peelrms.custody.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.peelrms.custody.api.ComplianceReport;
import org.peelrms.custody.api.Durations;
import org.peelrms.custody.api.EntryKind;
import org.peelrms.custody.api.PaceClock;
import org.peelrms.custody.api.ReviewCheck;
import org.peelrms.custody.api.VisitState;

/**
 * Works out the PACE compliance report from the facts of the detentions in a period, with the same
 * rules the custody suite works to ({@link DetentionClock}, {@link VisitRules}). Pure arithmetic, so
 * that it can be checked against a known data set:
 * <ul>
 * <li>time in custody: relevant time to release; median (the mean of the middle two for an even count)
 * and longest, of those released;</li>
 * <li>held beyond 24 hours: in custody more than 24 hours from the relevant time (lawfully or not);</li>
 * <li>past the limit: held beyond the limit in force, at release or, if still held, now;</li>
 * <li>reviews: every review due before release (or now), as on time, postponed with a reason, late, or missed;</li>
 * <li>missed visits: visit times due under the observation level that passed with no visit.</li>
 * </ul>
 */
final class ComplianceFigures {
    private ComplianceFigures() {
    }

    static ComplianceReport of(LocalDate from, LocalDate to, Instant now, List<DetentionFact> facts, VisitRules rules) {
        long authorised = 0;
        long refused = 0;
        long inCustody = 0;
        long beyond24 = 0;
        long reviewsOnTime = 0;
        long postponed = 0;
        long late = 0;
        long missed = 0;
        long missedVisits = 0;
        long withMissedVisits = 0;
        long extensions = 0;
        long warrants = 0;
        List<Duration> durations = new ArrayList<>();
        List<ComplianceReport.ReviewIssue> reviewIssues = new ArrayList<>();
        List<ComplianceReport.LimitIssue> limitIssues = new ArrayList<>();
        List<ComplianceReport.Authorisation> authorisations = new ArrayList<>();
        List<ComplianceReport.VisitIssue> visitIssues = new ArrayList<>();
        List<ComplianceReport.Row> rows = new ArrayList<>();
        for (DetentionFact fact : facts) {
            if (fact.clock() == null) {
                refused++;
                rows.add(new ComplianceReport.Row(fact.id(), fact.number(), uk(fact.relevantTime()), null, null,
                        fact.disposal() == null ? "" : fact.disposal().label(), 0, 0, false, false, false, 0));
                continue;
            }
            authorised++;
            DetentionClock.Facts clockFacts = fact.clock();
            boolean released = clockFacts.releasedAt() != null;
            PaceClock clock = DetentionClock.read(clockFacts, now);
            if (released) {
                durations.add(clock.inCustody());
            } else {
                inCustody++;
            }
            if (clock.inCustody().compareTo(DetentionClock.BASIC_LIMIT) > 0) {
                beyond24++;
            }
            if (clock.pastLimit()) {
                limitIssues.add(new ComplianceReport.LimitIssue(fact.id(), fact.number(), clock.limit().toOffsetDateTime(),
                        released ? uk(clockFacts.releasedAt()) : null, Durations.show(clock.remaining())));
            }
            int lateOrMissed = 0;
            for (ReviewCheck check : clock.reviews()) {
                switch (check.status()) {
                    case ON_TIME -> reviewsOnTime++;
                    case POSTPONED -> postponed++;
                    case LATE -> late++;
                    case MISSED -> missed++;
                }
                if (check.status() != ReviewCheck.Status.ON_TIME) {
                    reviewIssues.add(new ComplianceReport.ReviewIssue(fact.id(), fact.number(), check.number(),
                            check.due().toOffsetDateTime(), check.doneAt(), check.doneBy(), check.status(),
                            check.postponementReason()));
                }
                if (check.status() == ReviewCheck.Status.LATE || check.status() == ReviewCheck.Status.MISSED) {
                    lateOrMissed++;
                }
            }
            for (DetentionClock.Grant grant : clockFacts.extensions()) {
                extensions++;
                authorisations.add(new ComplianceReport.Authorisation(fact.id(), fact.number(), EntryKind.EXTENSION,
                        uk(grant.at()), grant.by(), uk(grant.until())));
            }
            for (DetentionClock.Grant grant : clockFacts.warrants()) {
                warrants++;
                authorisations.add(new ComplianceReport.Authorisation(fact.id(), fact.number(), EntryKind.WARRANT,
                        uk(grant.at()), grant.by(), uk(grant.until())));
            }
            Instant end = released ? clockFacts.releasedAt() : now;
            VisitState visits = rules.read(fact.levels(), fact.visits(), end, !released, now);
            if (!visits.missed().isEmpty()) {
                withMissedVisits++;
                missedVisits += visits.missed().size();
                visits.missed().forEach(due -> visitIssues.add(new ComplianceReport.VisitIssue(fact.id(), fact.number(),
                        visits.level(), due.toOffsetDateTime())));
            }
            rows.add(new ComplianceReport.Row(fact.id(), fact.number(), uk(fact.relevantTime()),
                    released ? uk(clockFacts.releasedAt()) : null, released ? hours(clock.inCustody()) : null,
                    fact.disposal() == null ? "In custody" : fact.disposal().label(), clock.reviews().size(), lateOrMissed,
                    !clockFacts.extensions().isEmpty(), !clockFacts.warrants().isEmpty(), clock.pastLimit(),
                    visits.missed().size()));
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        return new ComplianceReport(from, to, uk(now), facts.size(), authorised, refused, inCustody, median(sorted),
                sorted.isEmpty() ? null : hours(sorted.get(sorted.size() - 1)), beyond24, limitIssues.size(), extensions,
                warrants, reviewsOnTime + postponed + late + missed, reviewsOnTime, postponed, late, missed, missedVisits,
                withMissedVisits, reviewIssues, limitIssues, authorisations, visitIssues, rows);
    }

    /** The first moment of the period: midnight UK time at the start of its first day. */
    static OffsetDateTime start(LocalDate from) {
        return from.atStartOfDay(DetentionClock.UK).toOffsetDateTime();
    }

    /** The first moment after the period: midnight UK time at the end of its last day. */
    static OffsetDateTime end(LocalDate to) {
        return to.plusDays(1).atStartOfDay(DetentionClock.UK).toOffsetDateTime();
    }

    static Double median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? hours(sorted.get(middle))
                : (hours(sorted.get(middle - 1)) + hours(sorted.get(middle))) / 2;
    }

    private static double hours(Duration duration) {
        return duration.toSeconds() / 3600.0;
    }

    private static OffsetDateTime uk(Instant instant) {
        return instant.atZone(DetentionClock.UK).toOffsetDateTime();
    }
}
