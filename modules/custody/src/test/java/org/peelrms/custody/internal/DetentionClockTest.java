package org.peelrms.custody.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peelrms.custody.api.ClockState;
import org.peelrms.custody.api.PaceClock;
import org.peelrms.custody.api.Rank;
import org.peelrms.custody.api.ReviewCheck;
import org.peelrms.kernel.InvalidInput;

/** The PACE clock (ss. 40 to 44) at its edges: the limits, reviews, extensions, warrants, release and the clock changes. */
class DetentionClockTest {
    /** Relevant time and authorisation in the summer, away from the clock changes. */
    static final Instant T0 = uk("2026-06-10T10:00");

    static Instant uk(String local) {
        return LocalDateTime.parse(local).atZone(DetentionClock.UK).toInstant();
    }

    static Instant h(double hours) {
        return T0.plusSeconds(Math.round(hours * 3600));
    }

    static DetentionClock.Facts facts(boolean indictable, List<DetentionClock.Review> reviews,
            List<DetentionClock.Grant> extensions, List<DetentionClock.Grant> warrants, Instant releasedAt) {
        return new DetentionClock.Facts(T0, T0, indictable, reviews, extensions, warrants, releasedAt);
    }

    static DetentionClock.Review review(double hours) {
        return new DetentionClock.Review(h(hours), "inspector (Inspector)", null);
    }

    static DetentionClock.Grant grant(double at, double until) {
        return new DetentionClock.Grant(h(at), h(until), "Superintendent supt");
    }

    static final List<DetentionClock.Review> TWO_REVIEWS = List.of(review(5), review(13));

    @Nested
    class TheRelevantTime {
        @Test
        void isArrivalAtTheStation_forAPersonArrestedElsewhere() {
            assertThat(DetentionClock.relevantTime(uk("2026-06-10T08:00"), uk("2026-06-10T08:40"), false))
                    .isEqualTo(uk("2026-06-10T08:40"));
        }

        @Test
        void isNeverLaterThan24HoursAfterTheArrest_s41_2_d() {
            assertThat(DetentionClock.relevantTime(uk("2026-06-10T08:00"), uk("2026-06-11T09:30"), false))
                    .isEqualTo(uk("2026-06-11T08:00"));
        }

        @Test
        void isTheArrest_forAPersonWhoAttendedVoluntarilyAndWasArrestedAtTheStation_s41_2_c() {
            assertThat(DetentionClock.relevantTime(uk("2026-06-10T11:15"), uk("2026-06-10T09:00"), true))
                    .isEqualTo(uk("2026-06-10T11:15"));
        }
    }

    @Nested
    class TheLimit {
        @Test
        void is24HoursAfterTheRelevantTime_andDueSoonInItsLastTwoHours() {
            PaceClock early = DetentionClock.read(facts(false, List.of(), List.of(), List.of(), null), h(21.9));
            assertThat(early.limit().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-06-11T10:00"));
            assertThat(early.limitBasis()).isEqualTo("24 hours (s. 41)");
            assertThat(early.state()).isEqualTo(ClockState.RUNNING);
            assertThat(DetentionClock.read(facts(false, List.of(), List.of(), List.of(), null), h(22)).state())
                    .isEqualTo(ClockState.DUE_SOON);
            PaceClock over = DetentionClock.read(facts(false, List.of(), List.of(), List.of(), null), h(24.5));
            assertThat(over.state()).isEqualTo(ClockState.OVERDUE);
            assertThat(over.pastLimit()).isTrue();
            assertThat(over.describe()).isEqualTo("0 h 30 min over");
        }

        @Test
        void releaseBeforeOrAtTheLimitIsInTime_aMinuteAfterIsPastIt_andReleaseStopsTheClock() {
            PaceClock before = DetentionClock.read(facts(false, TWO_REVIEWS, List.of(), List.of(), h(23.5)), h(100));
            assertThat(before.state()).isEqualTo(ClockState.STOPPED);
            assertThat(before.pastLimit()).isFalse();
            assertThat(before.inCustody()).isEqualTo(Duration.ofMinutes(23 * 60 + 30));
            assertThat(before.describe()).isEqualTo("released 0 h 30 min before the limit");
            assertThat(before.nextReviewDue()).isNull();
            assertThat(DetentionClock.read(facts(false, TWO_REVIEWS, List.of(), List.of(), h(24)), h(100)).pastLimit())
                    .isFalse();
            PaceClock after = DetentionClock.read(facts(false, TWO_REVIEWS, List.of(), List.of(), h(24).plusSeconds(60)),
                    h(100));
            assertThat(after.pastLimit()).isTrue();
            assertThat(after.describe()).isEqualTo("released 0 h 1 min after the limit");
        }

        @Test
        void anExtensionMovesItTo36Hours_releaseAfterThatIsPastIt() {
            List<DetentionClock.Grant> extension = List.of(grant(20, 36));
            assertThat(DetentionClock.read(facts(true, TWO_REVIEWS, extension, List.of(), h(35.9)), h(40)).pastLimit())
                    .isFalse();
            PaceClock late = DetentionClock.read(facts(true, TWO_REVIEWS, extension, List.of(), h(37)), h(40));
            assertThat(late.pastLimit()).isTrue();
            assertThat(late.limitBasis()).isEqualTo("extended (s. 42)");
        }

        @Test
        void anAuthorisationGivenAfterTheLimitHadPassed_cannotMakeTheDetentionLawful() {
            DetentionClock.Facts facts = facts(true, TWO_REVIEWS, List.of(grant(25, 36)), List.of(), null);
            assertThat(DetentionClock.limitAt(facts, h(30)).end()).isEqualTo(h(24));
        }

        @Test
        void warrantsCarryItTo96HoursAtMost_releaseWithinTheWarrantIsInTime() {
            DetentionClock.Facts facts = facts(true, TWO_REVIEWS, List.of(grant(20, 36)),
                    List.of(new DetentionClock.Grant(h(34), h(70), "Preston Magistrates"),
                            new DetentionClock.Grant(h(68), h(96), "Preston Magistrates")), h(95));
            PaceClock clock = DetentionClock.read(facts, h(120));
            assertThat(clock.limit().toInstant()).isEqualTo(h(96));
            assertThat(clock.limitBasis()).isEqualTo("warrant extended (s. 44)");
            assertThat(clock.pastLimit()).isFalse();
            assertThat(DetentionClock.limitAt(facts, h(50)).basis()).isEqualTo("warrant (s. 43)");
        }
    }

    @Nested
    class Reviews {
        @Test
        void theFirstIsDue6HoursAfterAuthorisation_dueSoonInTheLastHour_overdueAfter() {
            DetentionClock.Facts none = facts(false, List.of(), List.of(), List.of(), null);
            PaceClock fresh = DetentionClock.read(none, h(4.9));
            assertThat(fresh.nextReviewDue().toInstant()).isEqualTo(h(6));
            assertThat(fresh.reviewState()).isEqualTo(ClockState.RUNNING);
            assertThat(DetentionClock.read(none, h(5.5)).reviewState()).isEqualTo(ClockState.DUE_SOON);
            assertThat(DetentionClock.read(none, h(6)).reviewState()).isEqualTo(ClockState.DUE_SOON);
            assertThat(DetentionClock.read(none, h(6.1)).reviewState()).isEqualTo(ClockState.OVERDUE);
        }

        @Test
        void aReviewOnTime_setsTheNext9HoursAfterItWasDone() {
            PaceClock clock = DetentionClock.read(facts(false, List.of(review(5)), List.of(), List.of(), null), h(8));
            assertThat(clock.reviews()).extracting(ReviewCheck::status).containsExactly(ReviewCheck.Status.ON_TIME);
            assertThat(clock.nextReviewDue().toInstant()).isEqualTo(h(14));
        }

        @Test
        void aReviewExactlyAtItsTime_isOnTime() {
            PaceClock clock = DetentionClock.read(facts(false, List.of(review(6)), List.of(), List.of(), null), h(7));
            assertThat(clock.reviews().get(0).status()).isEqualTo(ReviewCheck.Status.ON_TIME);
        }

        @Test
        void aLateReview_isLateWithoutAReason_postponedWithOne_andTheTimetableKeepsToTheOriginalTimes_s40_7() {
            PaceClock late = DetentionClock.read(facts(false, List.of(review(7)), List.of(), List.of(), null), h(8));
            assertThat(late.reviews().get(0).status()).isEqualTo(ReviewCheck.Status.LATE);
            assertThat(late.nextReviewDue().toInstant()).isEqualTo(h(15));
            PaceClock postponed = DetentionClock.read(facts(false, List.of(new DetentionClock.Review(h(7), "insp",
                    "Detainee being interviewed (s. 40(4)(b)(i))")), List.of(), List.of(), null), h(8));
            assertThat(postponed.reviews().get(0).status()).isEqualTo(ReviewCheck.Status.POSTPONED);
            assertThat(postponed.reviews().get(0).postponementReason()).contains("interviewed");
            assertThat(postponed.nextReviewDue().toInstant()).isEqualTo(h(15));
        }

        @Test
        void reviewsNeverDone_areMissed_andTheFirstMissedIsShownAsOverdue() {
            PaceClock clock = DetentionClock.read(facts(false, List.of(), List.of(), List.of(), null), h(16));
            assertThat(clock.reviews()).extracting(ReviewCheck::status)
                    .containsExactly(ReviewCheck.Status.MISSED, ReviewCheck.Status.MISSED);
            assertThat(clock.reviews()).extracting(r -> r.due().toInstant()).containsExactly(h(6), h(15));
            assertThat(clock.nextReviewDue().toInstant()).isEqualTo(h(6));
            assertThat(clock.reviewState()).isEqualTo(ClockState.OVERDUE);
        }

        @Test
        void aReviewSoLateThatAnotherFellDue_leavesTheEarlierOneMissed() {
            PaceClock clock = DetentionClock.read(facts(false, List.of(review(16)), List.of(), List.of(), null), h(17));
            assertThat(clock.reviews()).extracting(ReviewCheck::status)
                    .containsExactly(ReviewCheck.Status.MISSED, ReviewCheck.Status.LATE);
            assertThat(clock.nextReviewDue().toInstant()).isEqualTo(h(24));
        }

        @Test
        void aReleaseBeforeAReviewWasDue_needsNone() {
            PaceClock clock = DetentionClock.read(facts(false, List.of(), List.of(), List.of(), h(6)), h(30));
            assertThat(clock.reviews()).isEmpty();
        }

        @Test
        void beforeCharge_theReviewingOfficerIsAnInspectorNotInvolvedInTheInvestigation_s40_1_b() {
            DetentionClock.Facts facts = facts(false, List.of(), List.of(), List.of(), null);
            assertThatThrownBy(() -> DetentionClock.checkReview(facts, h(5), Rank.SERGEANT, true))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("rank of inspector");
            assertThatThrownBy(() -> DetentionClock.checkReview(facts, h(5), Rank.INSPECTOR, false))
                    .hasMessageContaining("not have been directly involved");
            assertThatCode(() -> DetentionClock.checkReview(facts, h(5), Rank.CHIEF_INSPECTOR, true)).doesNotThrowAnyException();
            assertThatThrownBy(() -> DetentionClock.checkReview(facts(false, List.of(), List.of(), List.of(), h(4)), h(5),
                    Rank.INSPECTOR, true)).hasMessageContaining("The detention ended");
        }
    }

    @Nested
    class Extensions {
        @Test
        void aSuperintendentMayExtendAnIndictableOffenceAfterTheSecondReview_upTo24Hours() {
            DetentionClock.Facts facts = facts(true, TWO_REVIEWS, List.of(), List.of(), null);
            assertThatCode(() -> DetentionClock.checkExtension(facts, h(23), h(36), Rank.SUPERINTENDENT))
                    .doesNotThrowAnyException();
            assertThatCode(() -> DetentionClock.checkExtension(facts, h(24), h(30), Rank.CHIEF_SUPERINTENDENT))
                    .doesNotThrowAnyException();
            assertThat(DetentionClock.read(facts, h(23)).extensionPossible()).isTrue();
        }

        @Test
        void notBeforeTheSecondReview_s42_4_b() {
            DetentionClock.Facts facts = facts(true, List.of(review(5)), List.of(), List.of(), null);
            assertThatThrownBy(() -> DetentionClock.checkExtension(facts, h(12), h(36), Rank.SUPERINTENDENT))
                    .hasMessageContaining("s. 42(4)(b)").hasMessageContaining("1 review has been done");
            PaceClock clock = DetentionClock.read(facts, h(12));
            assertThat(clock.extensionPossible()).isFalse();
            assertThat(clock.extensionNote()).contains("second review");
        }

        @Test
        void notAfter24Hours_s42_4_a() {
            DetentionClock.Facts facts = facts(true, TWO_REVIEWS, List.of(), List.of(), null);
            assertThatThrownBy(() -> DetentionClock.checkExtension(facts, h(24).plusSeconds(60), h(36), Rank.SUPERINTENDENT))
                    .hasMessageContaining("s. 42(4)(a)");
        }

        @Test
        void onlyForAnIndictableOffence_andOnlyByASuperintendent() {
            assertThatThrownBy(() -> DetentionClock.checkExtension(facts(false, TWO_REVIEWS, List.of(), List.of(), null),
                    h(20), h(36), Rank.SUPERINTENDENT)).hasMessageContaining("indictable");
            assertThatThrownBy(() -> DetentionClock.checkExtension(facts(true, TWO_REVIEWS, List.of(), List.of(), null),
                    h(20), h(36), Rank.CHIEF_INSPECTOR)).hasMessageContaining("superintendent");
        }

        @Test
        void toAtMost36HoursAfterTheRelevantTime() {
            assertThatThrownBy(() -> DetentionClock.checkExtension(facts(true, TWO_REVIEWS, List.of(), List.of(), null),
                    h(20), h(36).plusSeconds(60), Rank.SUPERINTENDENT)).hasMessageContaining("at most 36 hours")
                    .hasMessageContaining("11/06/2026 22:00");
        }

        @Test
        void aShorterExtensionMayBeExtendedAgainTo36Hours_s42_2_butNotBeyond() {
            DetentionClock.Facts once = facts(true, TWO_REVIEWS, List.of(grant(20, 30)), List.of(), null);
            assertThatCode(() -> DetentionClock.checkExtension(once, h(29), h(36), Rank.SUPERINTENDENT))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> DetentionClock.checkExtension(once, h(31), h(36), Rank.SUPERINTENDENT))
                    .hasMessageContaining("before the limit in force ends");
            DetentionClock.Facts full = facts(true, TWO_REVIEWS, List.of(grant(20, 36)), List.of(), null);
            assertThat(DetentionClock.read(full, h(30)).extensionNote()).contains("needs a warrant");
        }
    }

    @Nested
    class Warrants {
        static final List<DetentionClock.Grant> EXTENDED = List.of(grant(20, 36));

        @Test
        void aCourtMayAuthoriseUpTo36HoursFromIssue_andExtendItToNoMoreThan96Hours() {
            DetentionClock.Facts extended = facts(true, TWO_REVIEWS, EXTENDED, List.of(), null);
            assertThatCode(() -> DetentionClock.checkWarrant(extended, h(34), h(70))).doesNotThrowAnyException();
            assertThatThrownBy(() -> DetentionClock.checkWarrant(extended, h(34), h(70).plusSeconds(60)))
                    .hasMessageContaining("at most 36 hours");
            DetentionClock.Facts warranted = facts(true, TWO_REVIEWS, EXTENDED,
                    List.of(new DetentionClock.Grant(h(34), h(70), "Preston Magistrates")), null);
            assertThatCode(() -> DetentionClock.checkWarrant(warranted, h(68), h(96))).doesNotThrowAnyException();
            assertThatThrownBy(() -> DetentionClock.checkWarrant(warranted, h(68), h(96).plusSeconds(60)))
                    .hasMessageContaining("96 hours");
        }

        @Test
        void aWarrantComesBeforeTheLimitEnds_andOnlyForAnIndictableOffence() {
            assertThatThrownBy(() -> DetentionClock.checkWarrant(facts(true, TWO_REVIEWS, List.of(), List.of(), null),
                    h(25), h(50))).hasMessageContaining("after the limit in force ended");
            assertThatThrownBy(() -> DetentionClock.checkWarrant(facts(false, TWO_REVIEWS, List.of(), List.of(), null),
                    h(20), h(50))).hasMessageContaining("indictable");
            assertThatThrownBy(() -> DetentionClock.checkWarrant(facts(true, TWO_REVIEWS, EXTENDED, List.of(), null),
                    h(30), h(35))).hasMessageContaining("beyond the limit now in force");
        }

        @Test
        void afterAWarrant_aSuperintendentCanNoLongerExtend() {
            DetentionClock.Facts warranted = facts(true, TWO_REVIEWS, List.of(grant(20, 30)),
                    List.of(new DetentionClock.Grant(h(28), h(60), "Preston Magistrates")), null);
            assertThatThrownBy(() -> DetentionClock.checkExtension(warranted, h(29), h(36), Rank.SUPERINTENDENT))
                    .hasMessageContaining("warrant");
        }
    }

    @Nested
    class TheClockChanges {
        @Test
        void whenTheClocksGoForward_24RealHoursEndAnHourLaterOnTheWallClock() {
            // 29 March 2026, 01:00 GMT becomes 02:00 BST.
            Instant relevant = uk("2026-03-29T00:30");
            DetentionClock.Facts facts = new DetentionClock.Facts(relevant, relevant, false, List.of(), List.of(),
                    List.of(), null);
            PaceClock clock = DetentionClock.read(facts, uk("2026-03-29T03:00"));
            assertThat(clock.limit().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-30T01:30"));
            assertThat(clock.nextReviewDue().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T07:30"));
            assertThat(clock.inCustody()).isEqualTo(Duration.ofMinutes(90));
        }

        @Test
        void whenTheClocksGoBack_24RealHoursEndAnHourEarlierOnTheWallClock() {
            // 25 October 2026, 02:00 BST becomes 01:00 GMT.
            Instant relevant = uk("2026-10-25T00:30");
            DetentionClock.Facts facts = new DetentionClock.Facts(relevant, relevant, false, List.of(), List.of(),
                    List.of(), null);
            PaceClock clock = DetentionClock.read(facts, uk("2026-10-25T05:00"));
            assertThat(clock.limit().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-10-25T23:30"));
            assertThat(clock.nextReviewDue().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-10-25T05:30"));
            assertThat(clock.inCustody()).isEqualTo(Duration.ofMinutes(5 * 60 + 30));
        }

        @Test
        void aDetentionInTheRepeatedHour_keepsItsOwnInstant() {
            Instant firstOneThirty = java.time.OffsetDateTime.parse("2026-10-25T01:30+01:00").toInstant();
            Instant secondOneThirty = java.time.OffsetDateTime.parse("2026-10-25T01:30Z").toInstant();
            DetentionClock.Facts first = new DetentionClock.Facts(firstOneThirty, firstOneThirty, false, List.of(),
                    List.of(), List.of(), null);
            DetentionClock.Facts second = new DetentionClock.Facts(secondOneThirty, secondOneThirty, false, List.of(),
                    List.of(), List.of(), null);
            assertThat(DetentionClock.read(first, secondOneThirty).limit().toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2026-10-26T00:30"));
            assertThat(DetentionClock.read(second, secondOneThirty).limit().toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2026-10-26T01:30"));
        }
    }
}
