package org.peelrms.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peelrms.casefile.api.FileStatus;
import org.peelrms.casefile.api.FileType;
import org.peelrms.casefile.api.Form;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.NotPermitted;

class WorkflowTest {

    @Test
    void aFile_goesFromDraftToOutcome_withTheDateOfEachStage() {
        CaseFile file = Files.ready(FileType.PRE_CHARGE);
        file.submitForCheck(Files.officer(24));
        file.returnToOfficer("Add the CCTV timings to the MG5.", Files.supervisor("supervisor", 48));
        file.writeForm(Form.MG5, null, null, "Summary with CCTV timings.", Files.officer(50));
        file.submitForCheck(Files.officer(51));
        file.approve(null, Files.supervisor("supervisor", 72));
        file.submitToCps(Files.officer(73));
        file.recordChargingDecision("Charge: theft.", Files.officer(97));
        file.listAtCourt("Preston Magistrates' Court", Files.START.toLocalDate().plusDays(20), Files.officer(100));
        file.recordOutcome("Guilty plea; fine.", Files.officer(500));
        assertThat(file.status()).isEqualTo(FileStatus.OUTCOME);
        assertThat(file.events()).extracting(FileEvent::stage).containsExactly(FileStatus.DRAFT, FileStatus.WITH_SUPERVISOR,
                FileStatus.RETURNED, FileStatus.WITH_SUPERVISOR, FileStatus.APPROVED, FileStatus.SUBMITTED_TO_CPS,
                FileStatus.CHARGING_DECISION, FileStatus.AT_COURT, FileStatus.OUTCOME);
        assertThat(file.events().get(2).note()).isEqualTo("Add the CCTV timings to the MG5.");
        assertThat(file.events().get(6).at()).isEqualTo(Files.START.plusHours(97));
        assertThat(file.form(Form.MG5, null).orElseThrow().signedBy()).isEqualTo("supervisor");
        assertThat(file.approvedBy()).isEqualTo("supervisor");
        assertThat(file.missing()).isEmpty();
    }

    @Test
    void onlyTheOfficerInTheCaseOrWhoOpenedIt_submitsForChecking_andOnlyWhenNothingIsMissing() {
        CaseFile file = Files.ready(FileType.EXPEDITED);
        assertThatThrownBy(() -> file.submitForCheck(new Stamp("officer", Files.START.plusHours(2), false)))
                .isInstanceOf(NotPermitted.class).hasMessageContaining("Only the officer in the case (investigator)");
        CaseFile empty = Files.draft(FileType.EXPEDITED);
        assertThatThrownBy(() -> empty.submitForCheck(Files.officer(2))).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("Before it goes to a supervisor: Link the crime").hasMessageContaining("MG15");
        assertThat(empty.status()).isEqualTo(FileStatus.DRAFT);
    }

    @Test
    void aSupervisorWhoPreparedTheFile_mayNotApproveOrReturnIt_andAnOfficerMayNotCheckAtAll() {
        CaseFile own = new CaseFile("CF/2026/000002", FileType.EXPEDITED, "supervisor", null, Files.supervisor("supervisor", 0));
        CaseFile ready = Files.ready(FileType.EXPEDITED);
        ready.submitForCheck(Files.officer(2));
        assertThatThrownBy(() -> ready.approve(null, Files.officer(3))).isInstanceOf(NotPermitted.class)
                .hasMessage("Only a supervisor may approve or return a file.");
        CaseFile byOfficerInCase = new CaseFile("CF/2026/000003", FileType.EXPEDITED, "sergeant", null, Files.officer(0));
        assertThat(Workflow.preparer(byOfficerInCase, Files.supervisor("sergeant", 1))).isTrue();
        assertThat(Workflow.preparer(own, Files.supervisor("SUPERVISOR", 1))).isTrue();
        CaseFile prepared = readyWithOfficer("sergeant");
        prepared.submitForCheck(new Stamp("sergeant", Files.START.plusHours(2), true));
        assertThatThrownBy(() -> prepared.approve(null, Files.supervisor("sergeant", 3))).isInstanceOf(NotPermitted.class)
                .hasMessageContaining("You prepared this file");
        assertThatThrownBy(() -> prepared.returnToOfficer("No.", Files.supervisor("sergeant", 3))).isInstanceOf(NotPermitted.class);
        prepared.approve("Fine.", Files.supervisor("inspector", 3));
        assertThat(prepared.status()).isEqualTo(FileStatus.APPROVED);
    }

    @Test
    void aReturnNeedsWrittenFeedback_andStagesCannotBeSkipped() {
        CaseFile file = Files.ready(FileType.FULL);
        assertThatThrownBy(() -> file.approve(null, Files.supervisor("supervisor", 1))).isInstanceOf(InvalidInput.class)
                .hasMessage("A file that is draft cannot be approved or returned; it must be with supervisor.");
        assertThatThrownBy(() -> file.submitToCps(Files.officer(1))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("it must be approved");
        file.submitForCheck(Files.officer(2));
        assertThatThrownBy(() -> file.returnToOfficer("  ", Files.supervisor("supervisor", 3))).isInstanceOf(InvalidInput.class)
                .hasMessage("Write the feedback: what the officer must put right.");
        assertThatThrownBy(() -> file.writeForm(Form.MG3, null, null, "Changed.", Files.officer(3)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("can be changed only while it is a draft or returned");
        assertThatThrownBy(() -> file.recordChargingDecision("Charge.", Files.officer(3))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("it must be submitted to the CPS");
        assertThat(file.status()).isEqualTo(FileStatus.WITH_SUPERVISOR);
    }

    private static CaseFile readyWithOfficer(String officer) {
        CaseFile file = Files.ready(FileType.EXPEDITED);
        return new CaseFileCopy(file, officer).file();
    }

    /** The ready file's contents on a file whose officer in the case is someone else. */
    private record CaseFileCopy(CaseFile source, String officer) {
        CaseFile file() {
            CaseFile file = new CaseFile("CF/2026/000004", FileType.EXPEDITED, officer, null, new Stamp(officer, Files.START, true));
            Stamp by = new Stamp(officer, Files.START.plusHours(1), true);
            file.linkCrime(11, "CR/2026/000011");
            file.linkPerson(21, "John SMITH", org.peelrms.casefile.api.PartyRole.SUSPECT);
            source.forms().forEach(f -> {
                FileForm copy = file.writeForm(f.form(), f.personId(), f.personName(), f.body(), by);
                if (f.signed()) {
                    copy.sign(f.signedBy(), f.signedAt());
                }
            });
            return file;
        }
    }
}
