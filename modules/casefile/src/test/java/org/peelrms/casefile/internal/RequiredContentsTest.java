package org.peelrms.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrms.casefile.api.FileType;
import org.peelrms.casefile.api.Form;
import org.peelrms.casefile.api.PartyRole;

class RequiredContentsTest {

    @Test
    void eachType_requiresItsForms() {
        assertThat(RequiredContents.forms(FileType.PRE_CHARGE)).containsExactly(Form.MG3, Form.MG5, Form.MG11, Form.MG15);
        assertThat(RequiredContents.forms(FileType.EXPEDITED)).containsExactly(Form.MG3, Form.MG5, Form.MG11, Form.MG15);
        assertThat(RequiredContents.forms(FileType.FULL)).containsExactly(Form.MG3, Form.MG5, Form.MG6C, Form.MG6D,
                Form.MG9, Form.MG11, Form.MG12, Form.MG15);
    }

    @Test
    void anEmptyDraft_listsEverythingItsTypeNeeds() {
        List<String> missing = Files.draft(FileType.FULL).missing();
        assertThat(missing).contains("Link the crime (or crimes) the file is about.",
                "Link the suspect or defendant from the people index.",
                "MG3 (report to the CPS for a charging decision) is not written.", "MG5 (case summary) is not written.",
                "MG6C (non-sensitive unused material) is not written.", "MG6D (sensitive material) is not written.",
                "MG9 (witness list) has no witnesses: link them from the people index.",
                "MG11: there is no witness statement.", "MG12 (exhibit list) has no exhibits.",
                "MG15 (record of interview) is not written.");
        assertThat(Files.draft(FileType.EXPEDITED).missing()).noneMatch(m -> m.startsWith("MG6") || m.startsWith("MG9")
                || m.startsWith("MG12"));
    }

    @Test
    void aCompleteFile_stillNeedsOnlyTheSupervisorsCertificationOfTheMg5() {
        for (FileType type : FileType.values()) {
            CaseFile file = Files.ready(type);
            assertThat(file.missing()).as(type.name()).containsExactly(
                    "MG5 (case summary) is not yet certified by a supervisor (done when a supervisor approves the file).");
            assertThat(RequiredContents.missingBeforeCheck(file.contents())).as(type.name()).isEmpty();
        }
    }

    @Test
    void unsignedStatementsAndSchedules_areListed_andARewrittenFormMustBeSignedAgain() {
        CaseFile file = Files.ready(FileType.FULL);
        file.writeForm(Form.MG11, 32L, "Bob BROWN", "I heard it.", Files.officer(2));
        file.writeForm(Form.MG6D, null, null, "Informant | Intelligence | Source\nSurveillance log | Unit | Tactics", Files.officer(2));
        assertThat(file.missing()).contains("MG11 of Bob BROWN is not signed by the witness.",
                "MG6D (sensitive material) is not signed by the disclosure officer.");
    }

    @Test
    void aFullFile_needsAStatementFromEveryWitnessOnItsList_butAnExpeditedOneDoesNot() {
        CaseFile full = Files.ready(FileType.FULL);
        full.linkPerson(33, "Cat GREEN", PartyRole.WITNESS);
        assertThat(full.missing()).contains("MG11: there is no statement from Cat GREEN, who is on the witness list (MG9).");
        CaseFile expedited = Files.ready(FileType.EXPEDITED);
        expedited.linkPerson(33, "Cat GREEN", PartyRole.WITNESS);
        assertThat(expedited.missing()).noneMatch(m -> m.contains("Cat GREEN"));
    }
}
