package org.peelrms.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfLayoutTest {

    @Test
    void aNarrowColumn_isWidenedToItsLongestWord_soNoWordIsBrokenInTwo() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, pdf);
        document.open();
        PdfLayout layout = new PdfLayout(document);
        float[] asked = {1, 30};
        List<List<String>> rows = List.of(List.of("investigator", "Seized from the boot of the car."));
        assertThat(layout.wideEnoughForEachWord(asked, List.of("By", "What"), rows)[0]).isGreaterThan(1);
        layout.table(asked, List.of("By", "What"), rows, "None.");
        document.close();
        PdfReader reader = new PdfReader(pdf.toByteArray());
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("investigator");
    }
}
