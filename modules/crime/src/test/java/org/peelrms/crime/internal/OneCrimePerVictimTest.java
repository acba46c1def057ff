package org.peelrms.crime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peelrms.crime.api.CancellationReason;
import org.peelrms.crime.api.CancellationRequest;
import org.peelrms.crime.api.PersonRole;
import org.peelrms.crime.api.ReportStatus;
import org.peelrms.kernel.InvalidInput;

/** Home Office Crime Recording Rules, section D: one crime for each victim. */
class OneCrimePerVictimTest {

    @Test
    void twoVictimsOfOneIncident_areTwoCrimes_andTheReportIsDecidedOnce() {
        Report report = Cases.report(false);
        CrimeRecord first = Cases.crime(report, "CR/2026/000001");
        first.link(11, "Ann SMITH", PersonRole.VICTIM, Cases.SUPERVISOR);
        CrimeRecord second = Cases.crime(report, "CR/2026/000002");
        second.link(12, "Bob JONES", PersonRole.VICTIM, Cases.SUPERVISOR);

        assertThat(report.crimes()).containsExactly(first, second);
        assertThat(report.status()).isEqualTo(ReportStatus.RECORDED);
        assertThat(report.decidedBy()).isEqualTo("supervisor");
        assertThat(report.decidedAt()).isEqualTo(Cases.SUPERVISOR.at());
    }

    @Test
    void aSecondVictimOnTheSameCrime_isRefused_withWhatToDoInstead() {
        CrimeRecord crime = Cases.crime(Cases.report(false), "CR/2026/000001");
        crime.link(11, "Ann SMITH", PersonRole.VICTIM, Cases.SUPERVISOR);

        assertThatThrownBy(() -> crime.link(12, "Bob JONES", PersonRole.VICTIM, Cases.SUPERVISOR))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("One crime per victim: CR/2026/000001 already has a victim, Ann SMITH. Record a separate"
                        + " crime for Bob JONES.");
        assertThat(crime.people()).hasSize(1);
    }

    @Test
    void theSameVictimOnTwoCrimesFromOneReport_isRefused_untilTheFirstIsCancelled() {
        Report report = Cases.report(false);
        CrimeRecord first = Cases.crime(report, "CR/2026/000001");
        first.link(11, "Ann SMITH", PersonRole.VICTIM, Cases.SUPERVISOR);
        CrimeRecord second = Cases.crime(report, "CR/2026/000002");

        assertThatThrownBy(() -> second.link(11, "Ann SMITH", PersonRole.VICTIM, Cases.SUPERVISOR))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("One crime per victim: Ann SMITH is already the victim of CR/2026/000001 from the same report.");

        Cancellation duplicate = first.requestCancellation(new CancellationRequest(CancellationReason.RECORDED_IN_ERROR,
                "Wrong classification chosen", null), Cases.SUPERVISOR);
        first.decideCancellation(duplicate, true, null, new Stamp("inspector", Cases.LATER.at()));
        second.link(11, "Ann SMITH", PersonRole.VICTIM, Cases.LATER);
        assertThat(second.victim()).isPresent();
    }

    @Test
    void aVictimMayAlsoBeAWitness_butNotLinkedTwiceInTheSameRole() {
        CrimeRecord crime = Cases.crime(Cases.report(false), "CR/2026/000001");
        crime.link(11, "Ann SMITH", PersonRole.VICTIM, Cases.SUPERVISOR);
        crime.link(11, "Ann SMITH", PersonRole.WITNESS, Cases.SUPERVISOR);
        assertThatThrownBy(() -> crime.link(11, "Ann SMITH", PersonRole.WITNESS, Cases.SUPERVISOR))
                .isInstanceOf(InvalidInput.class).hasMessage("Ann SMITH is already linked to CR/2026/000001 as witness.");
    }
}
