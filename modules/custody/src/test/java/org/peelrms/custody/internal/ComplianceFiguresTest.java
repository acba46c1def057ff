package org.peelrms.custody.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrms.custody.api.ComplianceReport;
import org.peelrms.custody.api.DisposalType;
import org.peelrms.custody.api.ObservationLevel;
import org.peelrms.custody.api.ReviewCheck;

/** The PACE compliance report's figures, checked by hand against five known detentions in June 2026. */
class ComplianceFiguresTest {
    private static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);
    private static final Instant NOW = uk("2026-07-01T08:00");

    private static Instant uk(String local) {
        return LocalDateTime.parse(local).atZone(DetentionClock.UK).toInstant();
    }

    private static Instant at(Instant start, double hours) {
        return start.plusSeconds(Math.round(hours * 3600));
    }

    private static List<Instant> visitsEvery(Instant start, int minutes, Instant until, double... skippedHours) {
        List<Instant> visits = new ArrayList<>();
        for (Instant t = start.plus(Duration.ofMinutes(minutes)); !t.isAfter(until); t = t.plus(Duration.ofMinutes(minutes))) {
            Instant visit = t;
            boolean skipped = java.util.Arrays.stream(skippedHours).anyMatch(h -> at(start, h).equals(visit));
            if (!skipped) {
                visits.add(visit);
            }
        }
        return visits;
    }

    private static DetentionFact detention(long id, Instant relevant, boolean indictable, List<DetentionClock.Review> reviews,
            List<DetentionClock.Grant> extensions, List<DetentionClock.Grant> warrants, Double releasedAfterHours,
            DisposalType disposal, ObservationLevel level, List<Instant> visits) {
        Instant released = releasedAfterHours == null ? null : at(relevant, releasedAfterHours);
        return new DetentionFact(id, "CU/2026/00000" + id, relevant, new DetentionClock.Facts(relevant, relevant, indictable,
                reviews, extensions, warrants, released), disposal, List.of(new VisitRules.LevelSet(relevant, level)), visits);
    }

    private static DetentionClock.Review review(Instant relevant, double hours, String postponed) {
        return new DetentionClock.Review(at(relevant, hours), "inspector (Inspector)", postponed);
    }

    static final Instant R1 = uk("2026-06-01T10:00");
    static final Instant R2 = uk("2026-06-02T10:00");
    static final Instant R3 = uk("2026-06-10T10:00");
    static final Instant R5 = uk("2026-06-30T23:00");

    static final List<DetentionFact> JUNE = List.of(
            // 1: first review an hour late with no reason, second on the dot; released after 20 hours
            detention(1, R1, false, List.of(review(R1, 7, null), review(R1, 15, null)), List.of(), List.of(), 20.0,
                    DisposalType.RELEASED_UNDER_INVESTIGATION, ObservationLevel.GENERAL, visitsEvery(R1, 50, at(R1, 20))),
            // 2: no review before release at 7 hours (one missed); the visit due at 4 hours not made
            detention(2, R2, false, List.of(), List.of(), List.of(), 7.0, DisposalType.CHARGED, ObservationLevel.GENERAL,
                    visitsEvery(R2, 60, at(R2, 7), 4)),
            // 3: indictable; extended at 20 h to 36 h, warrant at 34 h to 60 h, released at 61 h: an hour past the limit
            detention(3, R3, true, List.of(review(R3, 5, null), review(R3, 13, null), review(R3, 22, null),
                            review(R3, 32, "Detainee in interview"), review(R3, 40, null), review(R3, 49, null),
                            review(R3, 58, null)),
                    List.of(new DetentionClock.Grant(at(R3, 20), at(R3, 36), "Superintendent supt")),
                    List.of(new DetentionClock.Grant(at(R3, 34), at(R3, 60), "Preston Magistrates")), 61.0,
                    DisposalType.CHARGED, ObservationLevel.GENERAL, visitsEvery(R3, 60, at(R3, 61))),
            // 4: detention refused
            new DetentionFact(4, "CU/2026/000004", uk("2026-06-15T09:00"), null, DisposalType.DETENTION_REFUSED,
                    List.of(), List.of()),
            // 5: still in custody 9 hours on; reviewed on time; visited every half hour
            detention(5, R5, false, List.of(review(R5, 4, null)), List.of(), List.of(), null, null,
                    ObservationLevel.INTERMITTENT, visitsEvery(R5, 30, NOW)));

    @Test
    void theFigures_matchTheOnesWorkedOutByHand() {
        ComplianceReport report = ComplianceFigures.of(FROM, TO, NOW, JUNE, VisitRules.defaults());

        assertThat(report.detentions()).isEqualTo(5);
        assertThat(report.authorised()).isEqualTo(4);
        assertThat(report.refused()).isEqualTo(1);
        assertThat(report.stillInCustody()).isEqualTo(1);
        // released after 7, 20 and 61 hours
        assertThat(report.medianHours()).isEqualTo(20.0);
        assertThat(report.longestHours()).isEqualTo(61.0);
        assertThat(report.heldBeyond24Hours()).isEqualTo(1);
        assertThat(report.pastLimit()).isEqualTo(1);
        assertThat(report.limitIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.number()).isEqualTo("CU/2026/000003");
            assertThat(issue.overBy()).isEqualTo("1 h 0 min");
        });
        assertThat(report.extensions()).isEqualTo(1);
        assertThat(report.warrants()).isEqualTo(1);
        // reviews due: 2 (record 1) + 1 (record 2) + 7 (record 3) + 1 (record 5)
        assertThat(report.reviewsDue()).isEqualTo(11);
        assertThat(report.reviewsOnTime()).isEqualTo(8);
        assertThat(report.reviewsLate()).isEqualTo(1);
        assertThat(report.reviewsPostponed()).isEqualTo(1);
        assertThat(report.reviewsMissed()).isEqualTo(1);
        assertThat(report.reviewIssues()).extracting(ComplianceReport.ReviewIssue::number, ComplianceReport.ReviewIssue::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CU/2026/000001", ReviewCheck.Status.LATE),
                        org.assertj.core.groups.Tuple.tuple("CU/2026/000002", ReviewCheck.Status.MISSED),
                        org.assertj.core.groups.Tuple.tuple("CU/2026/000003", ReviewCheck.Status.POSTPONED));
        assertThat(report.missedVisits()).isEqualTo(1);
        assertThat(report.detentionsWithMissedVisits()).isEqualTo(1);
        assertThat(report.visitIssues()).singleElement()
                .satisfies(v -> assertThat(v.due().toInstant()).isEqualTo(at(R2, 4)));
        assertThat(report.rows()).hasSize(5);
    }

    @Test
    void theCsv_holdsTheFiguresAndEachIssue() {
        String csv = ComplianceCsv.write(ComplianceFigures.of(FROM, TO, NOW, JUNE, VisitRules.defaults()));
        assertThat(csv).contains("Detentions,5\r\n").contains("Median hours in custody,20.0\r\n")
                .contains("Held past the limit,1\r\n").contains("Reviews late,1\r\n").contains("Missed visits,1\r\n")
                .contains("CU/2026/000002,1,2026-06-02T16:00+01:00,,,Missed,\r\n")
                .contains("CU/2026/000003,2026-06-12T22:00+01:00,2026-06-12T23:00+01:00,1 h 0 min\r\n")
                .contains("CU/2026/000003,Warrant of further detention,");
        assertThat(ComplianceCsv.cell("=cmd()")).isEqualTo("'=cmd()");
    }

    @Test
    void anEmptyPeriod_hasNoMedian() {
        ComplianceReport none = ComplianceFigures.of(FROM, TO, NOW, List.of(), VisitRules.defaults());
        assertThat(none.detentions()).isZero();
        assertThat(none.medianHours()).isNull();
        assertThat(none.longestHours()).isNull();
    }

    @Test
    void thePeriod_runsFromMidnightToMidnightUkTime() {
        assertThat(ComplianceFigures.start(FROM)).isEqualTo(java.time.OffsetDateTime.parse("2026-06-01T00:00+01:00"));
        assertThat(ComplianceFigures.end(TO)).isEqualTo(java.time.OffsetDateTime.parse("2026-07-01T00:00+01:00"));
    }
}
