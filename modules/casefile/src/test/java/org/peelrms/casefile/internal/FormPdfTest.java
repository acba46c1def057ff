package org.peelrms.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrms.casefile.api.CaseFileView;
import org.peelrms.casefile.api.FileStatus;
import org.peelrms.casefile.api.FileType;
import org.peelrms.casefile.api.Form;
import org.peelrms.casefile.api.PartyRole;
import org.peelrms.kernel.InvalidInput;

/** Renders the forms and reads back the text a reader of the PDF would see. */
class FormPdfTest {
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 6, 1, 9, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void theMg11_isHeadedLikeTheRealForm_withTheWitnessTheDeclarationAndTheSignature() throws IOException {
        String text = text(FormPdf.render(file(), Form.MG11), 1);
        assertThat(text).contains("MG11").contains("WITNESS STATEMENT").contains("URN: CF/2026/000007")
                .contains("1. Witness").contains("Statement of").contains("Ann JONES")
                .contains("2. Declaration").contains("true to the best of my").contains("Signed by Ann JONES")
                .contains("3. Statement").contains("I saw the man take the bottles.");
    }

    @Test
    void theSchedules_numberTheirItems_andTheSensitiveOneGivesTheReason() throws IOException {
        String mg6c = text(FormPdf.render(file(), Form.MG6C), 1);
        assertThat(mg6c).contains("MG6C").contains("SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL").contains("Item no.")
                .containsPattern("1 ?CCTV from the shop ?Property store").containsPattern("2 ?999 call recording ?Control room").contains("Not signed");
        String mg6d = text(FormPdf.render(file(), Form.MG6D), 1);
        assertThat(mg6d).contains("Reason for sensitivity").contains("Would reveal a source");
    }

    @Test
    void theMg3_showsTheChargingDecision_andTheMg12TheExhibitsContinuity() throws IOException {
        assertThat(text(FormPdf.render(file(), Form.MG3), 1)).contains("REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION")
                .contains("CR/2026/000123").contains("John SMITH").contains("Charge: theft.");
        assertThat(text(FormPdf.render(file(), Form.MG12), 1)).contains("EXHIBIT LIST").contains("AJ/1")
                .contains("Bottles of vodka").contains("2. Exhibits").contains("3. Continuity").contains("Property store, locker 3")
                .contains("Lab courier");
        assertThat(text(FormPdf.render(file(), Form.MG9), 1)).contains("WITNESS LIST").contains("Ann JONES")
                .contains("Signed 01/06/2026");
    }

    @Test
    void theBundle_hasAFrontSheetThenEveryForm_onePageEach() throws IOException {
        byte[] bundle = FormPdf.bundle(file());
        PdfReader reader = new PdfReader(bundle);
        assertThat(reader.getNumberOfPages()).isEqualTo(7);
        String front = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(front).contains("CASE FILE FRONT SHEET").contains("Charging decision").contains("Returned")
                .contains("Add the CCTV timings").contains("MG5 (case summary) is not yet certified");
        StringBuilder all = new StringBuilder();
        for (int page = 2; page <= reader.getNumberOfPages(); page++) {
            all.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(all).contains("MG3").contains("MG6C").contains("MG6D").contains("MG9").contains("MG11").contains("MG12")
                .doesNotContain("MG15");
    }

    @Test
    void aFormNotWritten_isRefusedWithAMessage() {
        assertThatThrownBy(() -> FormPdf.render(file(), Form.MG15)).isInstanceOf(InvalidInput.class)
                .hasMessage("MG15 (record of interview) is not written on file CF/2026/000007 yet.");
    }

    private static String text(byte[] pdf, int page) throws IOException {
        return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(page).replaceAll("\\s+", " ");
    }

    static CaseFileView file() {
        return new CaseFileView(7, "CF/2026/000007", FileType.FULL, FileStatus.CHARGING_DECISION, "investigator",
                "supervisor", "investigator", AT, AT.plusDays(3), 10, 2, null, "Charge: theft.", null, (LocalDate) null, null,
                List.of(new CaseFileView.Crime(123, "CR/2026/000123")),
                List.of(new CaseFileView.Party(21, "John SMITH", PartyRole.SUSPECT), new CaseFileView.Party(31, "Ann JONES", PartyRole.WITNESS)),
                List.of(new CaseFileView.FormView(1, Form.MG3, null, null, "Theft of vodka from a shop.", "investigator", AT, null, null),
                        new CaseFileView.FormView(2, Form.MG6C, null, null, "CCTV from the shop | Property store\n999 call recording | Control room",
                                "investigator", AT, null, null),
                        new CaseFileView.FormView(3, Form.MG6D, null, null, "Informant's report | Intelligence unit | Would reveal a source",
                                "investigator", AT, "investigator", AT),
                        new CaseFileView.FormView(4, Form.MG11, 31L, "Ann JONES", "I saw the man take the bottles.", "investigator", AT,
                                "Ann JONES", AT)),
                List.of(new CaseFileView.ExhibitView(5, "AJ/1", "Bottles of vodka", "PC Dunn", AT, "The shop", List.of(
                        new CaseFileView.Continuity(6, "PC Dunn", AT, AT.plusHours(2), "Property store, locker 3", "investigator", AT, null, null),
                        new CaseFileView.Continuity(8, "Lab courier", AT.plusHours(2), null, "Forensic lab", "investigator", AT, null, null)))),
                List.of(new CaseFileView.Stage(FileStatus.DRAFT, AT, "investigator", null, 0),
                        new CaseFileView.Stage(FileStatus.RETURNED, AT.plusDays(1), "supervisor", "Add the CCTV timings.", 1),
                        new CaseFileView.Stage(FileStatus.CHARGING_DECISION, AT.plusDays(3), "investigator", "Charge: theft.", 3)),
                List.of("MG5 (case summary) is not yet certified by a supervisor (done when a supervisor approves the file)."));
    }
}
