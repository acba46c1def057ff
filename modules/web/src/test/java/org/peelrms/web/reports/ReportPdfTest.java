package org.peelrms.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrms.kernel.ReportDocument;

class ReportPdfTest {
    private static final OffsetDateTime EXPORTED = OffsetDateTime.parse("2026-07-01T09:30:00Z");

    @Test
    void thePdf_holdsTitlePeriodFiltersWhoExportedAndTheTable() throws IOException {
        ReportDocument report = new ReportDocument("Failed sign-ins", "01/06/2026 to 30/06/2026 (UK dates, both days included)",
                List.of("User name tried: pc.jones"), List.of("User name tried", "Failures", "Burst"),
                List.of(List.of("pc.jones", "7", "Yes"), List.of("admin", "1", "No")), null, "Failed sign-ins each day",
                List.of(new ReportDocument.Bar("2026-06-01", 7), new ReportDocument.Bar("2026-06-02", 1)));
        String text = text(ReportPdf.render(report, "auditor", EXPORTED));
        assertThat(text).contains("Failed sign-ins", "Period: 01/06/2026 to 30/06/2026", "User name tried: pc.jones",
                "Exported by auditor on 01/07/2026 10:30 (UK time)", "pc.jones", "Yes", "admin");
    }

    @Test
    void aLongTable_runsOverPages_andAnEmptyOneSaysSo() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(List.of("row " + i, Integer.toString(i)));
        }
        byte[] pdf = ReportPdf.render(new ReportDocument("Long", "p", List.of(), List.of("Name", "Value"), rows,
                "Only the first 200 rows.", "Bars", List.of()), "auditor", EXPORTED);
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isGreaterThan(1);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages())).contains("row 199", "Name");
        reader.close();

        assertThat(text(ReportPdf.render(new ReportDocument("Empty", "p", List.of(), List.of("A"), List.of(), null,
                "Bars", List.of()), "auditor", EXPORTED))).contains("Nothing in this period.");
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }
}
