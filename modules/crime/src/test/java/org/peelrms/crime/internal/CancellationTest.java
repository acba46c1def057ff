package org.peelrms.crime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peelrms.crime.api.CancellationReason;
import org.peelrms.crime.api.CancellationRequest;
import org.peelrms.crime.api.CancellationView;
import org.peelrms.crime.api.CrimeStatus;
import org.peelrms.crime.api.Finalisation;
import org.peelrms.crime.api.OutcomeType;
import org.peelrms.kernel.InvalidInput;

/** Removing a crime only for the permitted reasons, with evidence and another supervisor's approval; kept, marked. */
class CancellationTest {

    @Test
    void aCancellation_needsItsEvidence_andAnotherSupervisorsApproval_andTheRecordIsKept() {
        CrimeRecord crime = Cases.crime(Cases.report(false), "CR/2026/000001");
        assertThatThrownBy(() -> crime.requestCancellation(new CancellationRequest(CancellationReason.NO_CRIME, " ", null),
                Cases.SUPERVISOR)).isInstanceOf(InvalidInput.class).hasMessageContaining("additional verifiable information");

        Cancellation request = crime.requestCancellation(new CancellationRequest(CancellationReason.NO_CRIME,
                "CCTV shows the 'victim' fell; no one touched him.", null), Cases.SUPERVISOR);
        assertThat(crime.status()).isEqualTo(CrimeStatus.UNDER_INVESTIGATION);
        assertThatThrownBy(() -> crime.decideCancellation(request, true, null, new Stamp("supervisor", Cases.LATER.at())))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("You asked for this cancellation yourself; another supervisor must decide it.");

        crime.decideCancellation(request, true, "AVI confirmed.", new Stamp("inspector", Cases.LATER.at()));
        assertThat(crime.status()).isEqualTo(CrimeStatus.CANCELLED);
        assertThat(crime.number()).isEqualTo("CR/2026/000001");
        assertThat(request.view().status()).isEqualTo(CancellationView.Status.APPROVED);
        assertThat(request.view().decidedBy()).isEqualTo("inspector");
        assertThat(crime.history()).extracting(CrimeHistory::what).last().asString()
                .startsWith("approved: Additional verifiable information");
    }

    @Test
    void aRefusal_needsAReason_andLeavesTheCrimeAsItWas() {
        CrimeRecord crime = Cases.crime(Cases.report(false), "CR/2026/000001");
        Cancellation request = crime.requestCancellation(new CancellationRequest(CancellationReason.DUPLICATE,
                "Same as CR/2026/000000", null), Cases.SUPERVISOR);
        Stamp inspector = new Stamp("inspector", Cases.LATER.at());
        assertThatThrownBy(() -> crime.decideCancellation(request, false, "", inspector))
                .hasMessage("Say why the cancellation is refused.");
        crime.decideCancellation(request, false, "CR/2026/000000 is a different victim.", inspector);
        assertThat(crime.status()).isEqualTo(CrimeStatus.UNDER_INVESTIGATION);
        assertThatThrownBy(() -> crime.decideCancellation(request, true, null, inspector)).hasMessage("That request was already refused.");
    }

    @Test
    void aTransfer_namesTheForce_andMarksTheCrimeTransferred() {
        CrimeRecord crime = Cases.crime(Cases.report(false), "CR/2026/000001");
        assertThatThrownBy(() -> crime.requestCancellation(new CancellationRequest(CancellationReason.TRANSFERRED,
                "Happened in Kendal.", " "), Cases.SUPERVISOR)).hasMessage("Name the force the crime is transferred to.");
        Cancellation transfer = crime.requestCancellation(new CancellationRequest(CancellationReason.TRANSFERRED,
                "Happened in Kendal.", "Cumbria Constabulary"), Cases.SUPERVISOR);
        crime.decideCancellation(transfer, true, null, new Stamp("inspector", Cases.LATER.at()));
        assertThat(crime.status()).isEqualTo(CrimeStatus.TRANSFERRED);
        assertThatThrownBy(() -> crime.finalise(new Finalisation(OutcomeType.NO_SUSPECT_IDENTIFIED, "x", null), Cases.LATER))
                .hasMessage("Crime CR/2026/000001 is already transferred to another force.");
    }

    @Test
    void whileACancellationWaits_theCrimeCannotBeFinalised_norASecondOneAsked() {
        CrimeRecord crime = Cases.crime(Cases.report(false), "CR/2026/000001");
        crime.requestCancellation(new CancellationRequest(CancellationReason.DUPLICATE, "Same as CR/2026/000000", null),
                Cases.SUPERVISOR);
        assertThatThrownBy(() -> crime.finalise(new Finalisation(OutcomeType.NO_SUSPECT_IDENTIFIED, "x", null), Cases.LATER))
                .hasMessageContaining("waiting for a supervisor's decision");
        assertThatThrownBy(() -> crime.requestCancellation(new CancellationRequest(CancellationReason.NO_CRIME, "x", null),
                Cases.LATER)).hasMessageContaining("already waiting");
    }
}
