package org.peelrms.missingpersons.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peelrms.missingpersons.internal.Cases.LAST_SEEN;
import static org.peelrms.missingpersons.internal.Cases.REPORTED;
import static org.peelrms.missingpersons.internal.Cases.at;

import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.missingpersons.api.CaseStatus;
import org.peelrms.missingpersons.api.Found;
import org.peelrms.missingpersons.api.InterviewOutcome;
import org.peelrms.missingpersons.api.RiskLevel;
import org.peelrms.missingpersons.api.Vulnerability;

class ClosureTest {
    private static final OffsetDateTime FOUND_AT = REPORTED.plusHours(6);
    private static final Found FOUND = new Found(FOUND_AT, "Her aunt's house, Chorley", "Traced by police",
            "Safe and well");

    @Test
    void aCaseIsClosedOnlyOnceThePersonIsFound() {
        MissingCase c = Cases.adult();
        assertThatThrownBy(() -> c.close("Done.", at("supervisor", FOUND_AT)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("only once the person is found");
        c.found(FOUND, at("officer", FOUND_AT.plusMinutes(5)));
        c.close("Found safe; no offences.", at("supervisor", FOUND_AT.plusHours(1)));
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.closedBy()).isEqualTo("supervisor");
        assertThatThrownBy(() -> c.close("Again.", at("supervisor", FOUND_AT.plusHours(2))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already closed");
    }

    @Test
    void foundStopsTheReviews_andTheRiskIsNoLongerGraded() {
        MissingCase c = Cases.adult();
        c.grade(RiskLevel.MEDIUM, "Unlike her.", at("officer", REPORTED), Cases.INTERVALS);
        c.found(FOUND, at("officer", FOUND_AT));
        assertThat(c.nextReviewDue()).isNull();
        assertThatThrownBy(() -> c.grade(RiskLevel.LOW, "Review.", at("officer", FOUND_AT.plusHours(1)), Cases.INTERVALS))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("no longer graded");
    }

    @Test
    void aChild_isNotClosedUntilTheReturnHomeInterviewIsOfferedAndDoneOrDeclined() {
        MissingCase c = Cases.child();
        assertThat(c.child()).isTrue();
        c.found(FOUND, at("officer", FOUND_AT));
        assertThatThrownBy(() -> c.close("Home.", at("supervisor", FOUND_AT.plusHours(1))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("return home interview");
        assertThat(c.status()).isEqualTo(CaseStatus.FOUND);

        c.returnInterview(FOUND_AT.plusHours(20), InterviewOutcome.DONE, FOUND_AT.plusHours(48), "Spoke about a man at the park.",
                at("officer", FOUND_AT.plusHours(50)));
        c.close("Home; referred to children's services.", at("supervisor", FOUND_AT.plusHours(51)));
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aDeclinedInterview_allowsClosure_andAnInterviewIsOnlyForChildrenOnceFound() {
        MissingCase child = Cases.child();
        assertThatThrownBy(() -> child.returnInterview(FOUND_AT, InterviewOutcome.DECLINED, null, null, at("officer", FOUND_AT)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("found before");
        child.found(FOUND, at("officer", FOUND_AT));
        child.returnInterview(FOUND_AT.plusHours(2), InterviewOutcome.DECLINED, null, "Did not want to talk.",
                at("officer", FOUND_AT.plusHours(3)));
        child.close("Home.", at("supervisor", FOUND_AT.plusHours(4)));
        assertThat(child.status()).isEqualTo(CaseStatus.CLOSED);

        MissingCase adult = Cases.adult();
        adult.found(FOUND, at("officer", FOUND_AT));
        assertThatThrownBy(() -> adult.returnInterview(FOUND_AT, InterviewOutcome.DONE, FOUND_AT, null, at("officer", FOUND_AT)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("for children");
    }

    @Test
    void someoneUnder18OnThePeopleIndex_isAChild_evenWithoutTheFactorTicked() {
        assertThat(Cases.report(44L, Set.of(), true).child()).isTrue();
        assertThat(Cases.report(44L, Set.of(), true).vulnerabilities()).contains(Vulnerability.CHILD);
        assertThat(JpaMissingPersons.under18(LAST_SEEN.toLocalDate().minusYears(18).plusDays(1), LAST_SEEN.toLocalDate())).isTrue();
        assertThat(JpaMissingPersons.under18(LAST_SEEN.toLocalDate().minusYears(18), LAST_SEEN.toLocalDate())).isFalse();
    }

    @Test
    void foundBeforeLastSeen_orWithoutWhere_isRefused_andTheCaseStaysMissing() {
        MissingCase c = Cases.adult();
        assertThatThrownBy(() -> c.found(new Found(LAST_SEEN.minusHours(1), "Home", "Came back", "Well"), at("officer", FOUND_AT)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("before they were last seen");
        assertThatThrownBy(() -> c.found(new Found(FOUND_AT, " ", "Came back", "Well"), at("officer", FOUND_AT)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("where they were found");
        assertThat(c.status()).isEqualTo(CaseStatus.MISSING);
    }
}
