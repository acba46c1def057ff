package org.peelrms.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrms.casefile.api.CaseFilesReport;
import org.peelrms.casefile.api.FileStatus;
import org.peelrms.casefile.api.FileType;

/** The report's figures on a known set: four files at known stages, ages, returns and decision times. */
class ReportFiguresTest {
    private static final OffsetDateTime NOW = Files.START.plusDays(30);

    @Test
    void filesByStageAndAge_returnsWithTheirReasons_andTimeToTheChargingDecision() {
        CaseFile draft = Files.draft(FileType.FULL);                     // 30 days old, draft
        CaseFile returned = Files.ready(FileType.EXPEDITED);
        returned.submitForCheck(Files.officer(24));
        returned.returnToOfficer("Sign the MG11.", Files.supervisor("supervisor", 48));   // returned, 30 days
        CaseFile decided = Files.ready(FileType.PRE_CHARGE);
        decided.submitForCheck(Files.officer(24));
        decided.returnToOfficer("Add the interview.", Files.supervisor("supervisor", 30));
        decided.submitForCheck(Files.officer(40));
        decided.approve(null, Files.supervisor("supervisor", 50));
        decided.submitToCps(Files.officer(60));
        decided.recordChargingDecision("Charge.", Files.officer(60 + 36));   // 36 hours to decide
        CaseFile waiting = Files.ready(FileType.PRE_CHARGE);
        waiting.submitForCheck(Files.officer(24));
        waiting.approve(null, Files.supervisor("supervisor", 25));
        waiting.submitToCps(Files.officer(26));                               // awaiting a decision
        CaseFile finished = Files.ready(FileType.EXPEDITED);
        finished.submitForCheck(Files.officer(1));
        finished.approve(null, Files.supervisor("supervisor", 2));
        finished.submitToCps(Files.officer(3));
        finished.recordChargingDecision("Charge.", Files.officer(3 + 12));    // 12 hours
        finished.listAtCourt("Preston", Files.START.toLocalDate().plusDays(5), Files.officer(20));
        finished.recordOutcome("Guilty.", Files.officer(24 * 10));            // outcome after 10 days

        CaseFilesReport r = ReportFigures.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                List.of(draft, returned, decided, waiting, finished), NOW);

        assertThat(r.files()).isEqualTo(5);
        assertThat(stage(r, FileStatus.DRAFT)).isEqualTo(new CaseFilesReport.StageCount(FileStatus.DRAFT, 1, 30L, 30L));
        assertThat(stage(r, FileStatus.RETURNED).files()).isEqualTo(1);
        assertThat(stage(r, FileStatus.CHARGING_DECISION).files()).isEqualTo(1);
        assertThat(stage(r, FileStatus.SUBMITTED_TO_CPS).files()).isEqualTo(1);
        assertThat(stage(r, FileStatus.OUTCOME)).isEqualTo(new CaseFilesReport.StageCount(FileStatus.OUTCOME, 1, 10L, 10L));
        assertThat(stage(r, FileStatus.APPROVED)).isEqualTo(new CaseFilesReport.StageCount(FileStatus.APPROVED, 0, null, null));
        assertThat(r.returns()).isEqualTo(2);
        assertThat(r.filesReturned()).isEqualTo(2);
        assertThat(r.returnReasons()).extracting(CaseFilesReport.ReturnLine::feedback)
                .containsExactlyInAnyOrder("Sign the MG11.", "Add the interview.");
        assertThat(r.decisionsRequested()).isEqualTo(3);
        assertThat(r.decisionsMade()).isEqualTo(2);
        assertThat(r.awaitingDecision()).isEqualTo(1);
        assertThat(r.medianHoursToDecision()).isEqualTo(12L);
        assertThat(r.longestHoursToDecision()).isEqualTo(36L);

        String csv = ReportCsv.of(r);
        assertThat(csv).contains("\"files opened\",5\r\n").contains("\"files at stage Draft\",1\r\n")
                .contains("\"median age in days at stage Outcome\",10\r\n").contains("\"returns by a supervisor\",2\r\n")
                .contains("\"longest hours from request to charging decision\",36\r\n")
                .contains("\"awaiting a charging decision\",1\r\n").contains("\"supervisor\",\"Sign the MG11.\"");
    }

    private static CaseFilesReport.StageCount stage(CaseFilesReport r, FileStatus stage) {
        return r.byStage().stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
    }
}
