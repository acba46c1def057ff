package org.peelrms.missingpersons.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peelrms.missingpersons.internal.Cases.REPORTED;
import static org.peelrms.missingpersons.internal.Cases.at;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.missingpersons.api.CaseView;
import org.peelrms.missingpersons.api.GradingKind;
import org.peelrms.missingpersons.api.ReviewState;
import org.peelrms.missingpersons.api.RiskLevel;

class RiskGradingTest {
    private final Intervals intervals = Cases.INTERVALS;

    @Test
    void theFirstGrading_startsTheSchedule_oneIntervalOfItsLevelLater_andAwaitsASupervisor() {
        MissingCase c = Cases.adult();
        OffsetDateTime graded = REPORTED.plusMinutes(15);
        c.grade(RiskLevel.MEDIUM, "Out of character; no money with her.", at("officer", graded), intervals);

        assertThat(c.riskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(c.riskConfirmed()).isFalse();
        assertThat(c.firstGradedAt()).isEqualTo(graded);
        assertThat(c.nextReviewDue()).isEqualTo(graded.plusHours(8));
        CaseView.Grading first = c.gradings().get(0).view();
        assertThat(first.kind()).isEqualTo(GradingKind.FIRST);
        assertThat(first.by()).isEqualTo("officer");
        assertThat(first.rationale()).isEqualTo("Out of character; no money with her.");
    }

    @Test
    void aChangeOfLevel_resetsTheSchedule_fromTheTimeOfTheChange() {
        MissingCase c = Cases.adult();
        c.grade(RiskLevel.LOW, "Has stayed out before.", at("officer", REPORTED), intervals);
        assertThat(c.nextReviewDue()).isEqualTo(REPORTED.plusHours(24));

        OffsetDateTime raised = REPORTED.plusHours(3);
        c.grade(RiskLevel.HIGH, "Texted a friend that she wants to end it.", at("officer", raised), intervals);

        assertThat(c.nextReviewDue()).isEqualTo(raised.plusHours(2));
        assertThat(c.gradings()).extracting(g -> g.view().kind(), RiskGrading::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GradingKind.FIRST, RiskLevel.LOW),
                        org.assertj.core.groups.Tuple.tuple(GradingKind.REVIEW, RiskLevel.HIGH));
        assertThat(c.gradings().get(1).late()).isFalse();
    }

    @Test
    void aReviewDoneAfterItWasDue_isRecordedAsLate_andSetsTheNextOneFromWhenItWasDone() {
        MissingCase c = Cases.adult();
        c.grade(RiskLevel.HIGH, "Dementia; cold night.", at("officer", REPORTED), intervals);
        OffsetDateTime done = REPORTED.plusHours(3);   // due after 2 hours
        c.grade(RiskLevel.HIGH, "No trace yet.", at("officer", done), intervals);

        assertThat(c.gradings().get(1).late()).isTrue();
        assertThat(c.gradings().get(1).view().wasDueAt()).isEqualTo(REPORTED.plusHours(2));
        assertThat(c.nextReviewDue()).isEqualTo(done.plusHours(2));
    }

    @Test
    void aSupervisorConfirming_keepsTheSchedule_andChanging_resetsIt() {
        MissingCase c = Cases.adult();
        c.grade(RiskLevel.LOW, "Has stayed out before.", at("officer", REPORTED), intervals);
        c.supervise(RiskLevel.LOW, "Agreed.", at("supervisor", REPORTED.plusMinutes(30)), intervals);
        assertThat(c.riskConfirmed()).isTrue();
        assertThat(c.nextReviewDue()).isEqualTo(REPORTED.plusHours(24));

        OffsetDateTime changed = REPORTED.plusHours(1);
        c.supervise(RiskLevel.MEDIUM, "No contact with anyone for five hours is unlike her.", at("supervisor", changed),
                intervals);
        assertThat(c.riskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(c.riskConfirmed()).isTrue();
        assertThat(c.nextReviewDue()).isEqualTo(changed.plusHours(8));
        assertThat(c.gradings()).extracting(g -> g.view().kind()).containsExactly(GradingKind.FIRST,
                GradingKind.SUPERVISOR_CONFIRMED, GradingKind.SUPERVISOR_CHANGED);
    }

    @Test
    void anOfficerChangingAConfirmedLevel_needsTheSupervisorAgain() {
        MissingCase c = Cases.adult();
        c.grade(RiskLevel.LOW, "Has stayed out before.", at("officer", REPORTED), intervals);
        c.supervise(RiskLevel.LOW, "Agreed.", at("supervisor", REPORTED.plusMinutes(30)), intervals);
        c.grade(RiskLevel.MEDIUM, "Phone now off.", at("officer", REPORTED.plusHours(2)), intervals);
        assertThat(c.riskConfirmed()).isFalse();
    }

    @Test
    void intervalsSetByAnAdministrator_areTheOnesUsed() {
        Intervals custom = new Intervals(Map.of(RiskLevel.HIGH, Duration.ofMinutes(30), RiskLevel.MEDIUM,
                Duration.ofHours(4), RiskLevel.LOW, Duration.ofHours(12), RiskLevel.VERY_LOW, Duration.ofDays(2),
                RiskLevel.NO_APPARENT_RISK, Duration.ofDays(2)));
        MissingCase c = Cases.adult();
        c.grade(RiskLevel.HIGH, "Suicide risk.", at("officer", REPORTED), custom);
        assertThat(c.nextReviewDue()).isEqualTo(REPORTED.plusMinutes(30));
    }

    @Test
    void noApparentRisk_isForOlderRecordsOnly_andARationaleIsRequired_andNothingChanges() {
        MissingCase c = Cases.adult();
        assertThatThrownBy(() -> c.grade(RiskLevel.NO_APPARENT_RISK, "Absent.", at("officer", REPORTED), intervals))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("older records only");
        assertThatThrownBy(() -> c.grade(RiskLevel.LOW, "  ", at("officer", REPORTED), intervals))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("rationale");
        assertThatThrownBy(() -> c.supervise(RiskLevel.LOW, "Agreed.", at("supervisor", REPORTED), intervals))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("not been graded");
        assertThat(c.riskLevel()).isNull();
        assertThat(c.gradings()).isEmpty();
    }

    @Test
    void theReviewState_isWorkedOutAgainstNow() {
        OffsetDateTime due = REPORTED.plusHours(2);
        assertThat(Intervals.state(null, null, REPORTED)).isEqualTo(ReviewState.NOT_GRADED);
        assertThat(Intervals.state(RiskLevel.HIGH, due, due.minusHours(2))).isEqualTo(ReviewState.SCHEDULED);
        assertThat(Intervals.state(RiskLevel.HIGH, due, due.minusMinutes(59))).isEqualTo(ReviewState.DUE_SOON);
        assertThat(Intervals.state(RiskLevel.HIGH, due, due)).isEqualTo(ReviewState.DUE_SOON);
        assertThat(Intervals.state(RiskLevel.HIGH, due, due.plusMinutes(1))).isEqualTo(ReviewState.OVERDUE);
    }
}
