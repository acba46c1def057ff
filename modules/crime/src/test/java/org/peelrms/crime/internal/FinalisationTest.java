package org.peelrms.crime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peelrms.crime.api.CrimeStatus;
import org.peelrms.crime.api.Finalisation;
import org.peelrms.crime.api.OutcomeType;
import org.peelrms.crime.api.PersonRole;
import org.peelrms.crime.api.VictimDecision;
import org.peelrms.kernel.InvalidInput;

/** Finalising with a Home Office outcome type: what each outcome needs on the record first. */
class FinalisationTest {
    private static final VictimDecision DECISION = new VictimDecision("In person, signed statement",
            Cases.LATER.at().minusDays(1), "PC 1234 Holt", "I don't want him in trouble, I just want it to stop.");

    @Test
    void outcome16_withoutTheVictimsDecision_isRefused_andTheCrimeStaysOpen() {
        CrimeRecord crime = crimeWithVictimAndSuspect();
        assertThatThrownBy(() -> crime.finalise(new Finalisation(OutcomeType.VICTIM_DOES_NOT_SUPPORT,
                "Victim withdrew support.", null), Cases.LATER))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Outcome 16").hasMessageContaining("needs the victim's decision recorded");
        assertThatThrownBy(() -> crime.finalise(new Finalisation(OutcomeType.VICTIM_DOES_NOT_SUPPORT,
                "Victim withdrew support.", new VictimDecision(" ", DECISION.obtainedAt(), "PC 1234 Holt", null)), Cases.LATER))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("how the victim's decision was obtained");
        assertThat(crime.status()).isEqualTo(CrimeStatus.UNDER_INVESTIGATION);
        assertThat(crime.outcome()).isNull();
    }

    @Test
    void outcome16_withTheVictimsDecision_finalisesTheCrime_andKeepsTheirOwnWords() {
        CrimeRecord crime = crimeWithVictimAndSuspect();
        crime.finalise(new Finalisation(OutcomeType.VICTIM_DOES_NOT_SUPPORT, "Victim withdrew support; no other"
                + " evidence.", DECISION), Cases.LATER);

        assertThat(crime.status()).isEqualTo(CrimeStatus.FINALISED);
        assertThat(crime.outcome().number()).isEqualTo(16);
        assertThat(crime.victimDecision()).isEqualTo(DECISION);
        assertThat(crime.finalisedBy()).isEqualTo("investigator");
        assertThat(crime.history()).extracting(CrimeHistory::what).last().asString()
                .startsWith("finalised: Outcome 16: Evidential difficulties");
    }

    @Test
    void aVictimsDecision_inTheFuture_orBeforeTheReport_isRefused() {
        CrimeRecord crime = crimeWithVictimAndSuspect();
        assertThatThrownBy(() -> crime.finalise(new Finalisation(OutcomeType.VICTIM_DOES_NOT_SUPPORT, "Withdrawn.",
                new VictimDecision("By phone", Cases.LATER.at().plusDays(1), "PC Holt", null)), Cases.LATER))
                .hasMessage("The victim's decision cannot have been obtained in the future.");
        assertThatThrownBy(() -> crime.finalise(new Finalisation(OutcomeType.VICTIM_DOES_NOT_SUPPORT, "Withdrawn.",
                new VictimDecision("By phone", Cases.REPORTED.minusDays(1), "PC Holt", null)), Cases.LATER))
                .hasMessage("The victim's decision cannot have been obtained before the crime was reported.");
    }

    @Test
    void anOutcomeThatNamesASuspect_needsOneLinked() {
        CrimeRecord crime = Cases.crime(Cases.report(false), "CR/2026/000001");
        assertThatThrownBy(() -> crime.finalise(new Finalisation(OutcomeType.CHARGED, "Charged.", null), Cases.LATER))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("Outcome 1: Charged or summonsed needs a suspect or offender linked to the crime; link them first.");
        crime.link(21, "Carl BROWN", PersonRole.OFFENDER, Cases.LATER);
        crime.finalise(new Finalisation(OutcomeType.CHARGED, "Charged.", null), Cases.LATER);
        assertThat(crime.status()).isEqualTo(CrimeStatus.FINALISED);
    }

    @Test
    void outcome18_needsNoSuspect_butARationale_andOnlyOnce() {
        CrimeRecord crime = Cases.crime(Cases.report(false), "CR/2026/000001");
        assertThatThrownBy(() -> crime.finalise(new Finalisation(OutcomeType.NO_SUSPECT_IDENTIFIED, "  ", null), Cases.LATER))
                .hasMessage("Write the rationale for the outcome.");
        crime.finalise(new Finalisation(OutcomeType.NO_SUSPECT_IDENTIFIED, "No CCTV, no witnesses.", null), Cases.LATER);
        assertThatThrownBy(() -> crime.finalise(new Finalisation(OutcomeType.NO_SUSPECT_IDENTIFIED, "Again.", null), Cases.LATER))
                .hasMessage("Crime CR/2026/000001 is already finalised.");
    }

    @Test
    void theOutcomeList_isTheHomeOfficeOne_1To22() {
        assertThat(OutcomeType.values()).hasSize(22);
        for (int n = 1; n <= 22; n++) {
            assertThat(OutcomeType.number(n).number()).isEqualTo(n);
        }
        assertThat(OutcomeType.number(16).needsVictimDecision()).isTrue();
        assertThat(OutcomeType.number(14).needsVictimDecision()).isTrue();
        assertThat(OutcomeType.number(15).needsVictimDecision()).isFalse();
        assertThatThrownBy(() -> OutcomeType.number(23)).hasMessageContaining("1 to 22");
    }

    private static CrimeRecord crimeWithVictimAndSuspect() {
        CrimeRecord crime = Cases.crime(Cases.report(true), "CR/2026/000001");
        crime.link(11, "Ann SMITH", PersonRole.VICTIM, Cases.SUPERVISOR);
        crime.link(21, "Carl BROWN", PersonRole.SUSPECT, Cases.SUPERVISOR);
        return crime;
    }
}
