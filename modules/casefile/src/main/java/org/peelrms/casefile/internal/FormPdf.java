package org.peelrms.casefile.internal;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.peelrms.casefile.api.CaseFileView;
import org.peelrms.casefile.api.Form;
import org.peelrms.kernel.InvalidInput;

/**
 * Each form of a file as a PDF laid out like the Manual of Guidance form (marking, number and title, URN,
 * numbered sections in boxes), and the whole file as one bundle: a front sheet with the stages and the
 * quality check, then every form the file holds.
 */
final class FormPdf {
    private FormPdf() {
    }

    static byte[] render(CaseFileView file, Form form) {
        if (form.written() && file.formsOf(form).isEmpty()) {
            throw new InvalidInput(form + " (" + form.title().toLowerCase() + ") is not written on file " + file.reference() + " yet.");
        }
        return pdf(layout -> forms(layout, file, form));
    }

    static byte[] bundle(CaseFileView file) {
        return pdf(layout -> {
            FrontSheet.write(layout, file);
            for (Form form : Form.values()) {
                if (present(file, form)) {
                    layout.newPage();
                    forms(layout, file, form);
                }
            }
        });
    }

    /** A written form once written; the MG9 once there are witnesses, the MG12 once there are exhibits. */
    private static boolean present(CaseFileView file, Form form) {
        return switch (form) {
            case MG9 -> !file.witnesses().isEmpty();
            case MG12 -> !file.exhibits().isEmpty();
            default -> !file.formsOf(form).isEmpty();
        };
    }

    private static void forms(Pages layout, CaseFileView file, Form form) {
        switch (form) {
            case MG9 -> FormSections.mg9(layout.form(), file);
            case MG12 -> FormSections.mg12(layout.form(), file);
            default -> {
                boolean first = true;
                for (CaseFileView.FormView written : file.formsOf(form)) {
                    if (!first) {
                        layout.newPage();
                    }
                    first = false;
                    FormSections.written(layout.form(), file, written);
                }
            }
        }
    }

    private static byte[] pdf(Consumer<Pages> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        content.accept(new Pages(document));
        document.close();
        return out.toByteArray();
    }

    /** The document and a layout on it. */
    static final class Pages {
        private final Document document;
        private final PdfLayout layout;

        Pages(Document document) {
            this.document = document;
            this.layout = new PdfLayout(document);
        }

        PdfLayout form() {
            return layout;
        }

        void newPage() {
            document.newPage();
        }
    }

    /** Items of an MG6 schedule, one a line, the parts separated by "|". */
    static List<List<String>> scheduleItems(String text, int parts) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(++n));
            String[] split = line.split("\\|", parts);
            for (int i = 0; i < parts; i++) {
                row.add(i < split.length ? split[i].strip() : "");
            }
            rows.add(row);
        }
        return rows;
    }
}
