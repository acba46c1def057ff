package org.peelrms.casefile.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.peelrms.kernel.UkDateFormat;

/**
 * The building blocks of a Manual of Guidance form on paper: the protective marking, the form's number and
 * title, numbered sections headed in grey, and boxes with a label and what was written in them.
 */
final class PdfLayout {
    static final Font MARKING = new Font(Font.HELVETICA, 9, Font.BOLD);
    static final Font FORM = new Font(Font.HELVETICA, 16, Font.BOLD);
    static final Font TITLE = new Font(Font.HELVETICA, 12, Font.BOLD);
    static final Font SECTION = new Font(Font.HELVETICA, 10, Font.BOLD, Color.WHITE);
    static final Font LABEL = new Font(Font.HELVETICA, 8, Font.BOLD);
    static final Font TEXT = new Font(Font.HELVETICA, 10);
    static final Font SMALL = new Font(Font.HELVETICA, 8, Font.ITALIC);
    private static final Color SECTION_FILL = new Color(60, 60, 60);
    private static final Color LABEL_FILL = new Color(225, 225, 225);
    private static final DateTimeFormatter WHEN = UkDateFormat.MINUTE;

    private static final float CELL_PADDING = 4;

    private final Document document;
    private int section;

    PdfLayout(Document document) {
        this.document = document;
    }

    /** The top of a form: marking, the form number and title, the file's reference (URN). */
    void heading(String form, String title, String reference) {
        section = 0;
        Paragraph marking = new Paragraph("OFFICIAL-SENSITIVE (when complete)", MARKING);
        marking.setAlignment(Element.ALIGN_CENTER);
        add(marking);
        PdfPTable top = new PdfPTable(new float[] {1, 4, 2});
        top.setWidthPercentage(100);
        top.addCell(box(new Phrase(form, FORM), null));
        top.addCell(box(new Phrase(title.toUpperCase(), TITLE), null));
        PdfPCell urn = box(new Phrase("URN: " + reference, TEXT), null);
        urn.setVerticalAlignment(Element.ALIGN_MIDDLE);
        top.addCell(urn);
        add(top);
    }

    /** A numbered section heading, e.g. "1. Case details". */
    void section(String name) {
        section++;
        PdfPTable bar = new PdfPTable(1);
        bar.setWidthPercentage(100);
        bar.setSpacingBefore(8);
        PdfPCell cell = new PdfPCell(new Phrase(section + ". " + name, SECTION));
        cell.setBackgroundColor(SECTION_FILL);
        cell.setPadding(CELL_PADDING);
        bar.addCell(cell);
        add(bar);
    }

    /** Boxes of label and value, two to a row. */
    void fields(String... labelsAndValues) {
        PdfPTable table = new PdfPTable(new float[] {1, 2, 1, 2});
        table.setWidthPercentage(100);
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            table.addCell(box(new Phrase(labelsAndValues[i], LABEL), LABEL_FILL));
            table.addCell(box(new Phrase(orBlank(labelsAndValues[i + 1]), TEXT), null));
        }
        if (labelsAndValues.length % 4 != 0) {
            table.addCell(box(new Phrase(""), LABEL_FILL));
            table.addCell(box(new Phrase(""), null));
        }
        add(table);
    }

    /** One box holding a long text. */
    void textBox(String text) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        PdfPCell cell = box(new Phrase(orBlank(text), TEXT), null);
        cell.setMinimumHeight(60);
        table.addCell(cell);
        add(table);
    }

    /** A table with a grey header row, one row for each item. */
    void table(float[] widths, List<String> headers, List<List<String>> rows, String whenEmpty) {
        PdfPTable table = new PdfPTable(wideEnoughForEachWord(widths, headers, rows));
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        headers.forEach(h -> table.addCell(box(new Phrase(h, LABEL), LABEL_FILL)));
        rows.forEach(row -> row.forEach(v -> table.addCell(box(new Phrase(orBlank(v), TEXT), null))));
        if (rows.isEmpty()) {
            PdfPCell none = box(new Phrase(whenEmpty, SMALL), null);
            none.setColspan(headers.size());
            table.addCell(none);
        }
        add(table);
    }

    /**
     * The columns' relative widths, each widened where needed so that its longest word fits on one line:
     * a cell too narrow for a word breaks it mid-word ("investigat/or"). The other columns give way.
     */
    float[] wideEnoughForEachWord(float[] widths, List<String> headers, List<List<String>> rows) {
        float available = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float[] fitted = new float[widths.length];
        boolean[] widened = new boolean[widths.length];
        float widenedTotal = 0;
        float othersTotal = 0;
        for (int column = 0; column < widths.length; column++) {
            float needed = longestWord(headers.get(column), LABEL);
            for (List<String> row : rows) {
                needed = Math.max(needed, longestWord(row.get(column), TEXT));
            }
            needed += 2 * CELL_PADDING + 2;
            fitted[column] = widths[column] / total * available;
            widened[column] = fitted[column] < needed;
            if (widened[column]) {
                fitted[column] = needed;
                widenedTotal += needed;
            } else {
                othersTotal += fitted[column];
            }
        }
        float room = available - widenedTotal;
        for (int column = 0; column < widths.length; column++) {
            if (!widened[column] && othersTotal > 0 && room > 0) {
                fitted[column] = fitted[column] / othersTotal * room;
            }
        }
        return fitted;
    }

    private static float longestWord(String text, Font font) {
        float longest = 0;
        for (String word : orBlank(text).split("\\s+")) {
            longest = Math.max(longest, font.getCalculatedBaseFont(false).getWidthPoint(word, font.getCalculatedSize()));
        }
        return longest;
    }

    void note(String text) {
        add(new Paragraph(new Chunk(text, SMALL)));
    }

    static String when(OffsetDateTime at) {
        return at == null ? "" : WHEN.format(at.atZoneSameInstant(FileTime.UK));
    }

    private static PdfPCell box(Phrase phrase, Color fill) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(4);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }

    private void add(Element element) {
        document.add(element);
    }
}
