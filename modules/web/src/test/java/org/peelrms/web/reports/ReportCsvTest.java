package org.peelrms.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrms.kernel.ReportDocument;

class ReportCsvTest {

    @Test
    void theCsv_isTheHeadingsThenTheRows_quotedWhereNeeded() {
        ReportDocument report = new ReportDocument("t", "p", List.of(), List.of("User", "Details"),
                List.of(List.of("officer", "surname=Smith, John"), List.of("investigator", "said \"hello\"")), null, "c",
                List.of());
        assertThat(ReportCsv.write(report)).isEqualTo("User,Details\r\nofficer,\"surname=Smith, John\"\r\n"
                + "investigator,\"said \"\"hello\"\"\"\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormula_isDefused_butNumbersAreNot() {
        assertThat(ReportCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(ReportCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ReportCsv.cell("-12")).isEqualTo("-12");
        assertThat(ReportCsv.cell("")).isEmpty();
    }
}
