package org.peelrms.web.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.peelrms.kernel.ReportDocument;
import org.peelrms.kernel.UkDateFormat;

/**
 * Draws any report as a PDF with OpenPDF: the title; the period and filters; who exported it and
 * when; the chart as plain bars; then the table, its headings repeated on each page. Landscape A4.
 */
public final class ReportPdf {
    private static final ZoneId UK = UkDateFormat.UK;
    private static final DateTimeFormatter WHEN = UkDateFormat.MINUTE;
    private static final Color BAR = new Color(0x15, 0x65, 0xc0);
    private static final Color HEADING = new Color(0xe8, 0xee, 0xf4);
    private static final int MAX_BARS = 25;

    private ReportPdf() {
    }

    public static byte[] render(ReportDocument report, String exportedBy, OffsetDateTime exportedAt) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, pdf);
            document.addTitle(report.title());
            document.addCreator("Peel");
            document.open();
            document.add(new Paragraph(report.title(), new Font(Font.HELVETICA, 16, Font.BOLD)));
            Font small = new Font(Font.HELVETICA, 9);
            document.add(new Paragraph("Period: " + report.period(), small));
            for (String filter : report.filters()) {
                document.add(new Paragraph(filter, small));
            }
            document.add(new Paragraph("Exported by " + exportedBy + " on "
                    + exportedAt.atZoneSameInstant(UK).format(WHEN) + " (UK time)", small));
            if (!report.bars().isEmpty()) {
                document.add(new Paragraph(report.chartTitle(), new Font(Font.HELVETICA, 11, Font.BOLD)));
                document.add(chart(writer.getDirectContent(), report, document.right() - document.left()));
            }
            document.add(table(report));
            if (report.note() != null) {
                document.add(new Paragraph(report.note(), small));
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The PDF of " + report.title() + " could not be drawn: " + e.getMessage(), e);
        }
        return pdf.toByteArray();
    }

    /** The bars, one a line: label on the left, a bar as long as its share of the largest, the figure after it. */
    private static Image chart(PdfContentByte canvas, ReportDocument report, float width)
            throws DocumentException, IOException {
        var bars = report.bars().stream().limit(MAX_BARS).toList();
        float line = 14;
        float height = bars.size() * line + 6;
        float labelWidth = 200;
        float barSpace = width - labelWidth - 60;
        long largest = Math.max(1, bars.stream().mapToLong(ReportDocument.Bar::value).max().orElse(1));
        BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
        PdfTemplate drawing = canvas.createTemplate(width, height);
        for (int i = 0; i < bars.size(); i++) {
            ReportDocument.Bar bar = bars.get(i);
            float y = height - (i + 1) * line;
            float length = barSpace * bar.value() / largest;
            drawing.setColorFill(BAR);
            drawing.rectangle(labelWidth, y + 2, Math.max(length, bar.value() > 0 ? 1 : 0), line - 4);
            drawing.fill();
            drawing.setColorFill(Color.BLACK);
            drawing.beginText();
            drawing.setFontAndSize(font, 8);
            drawing.showTextAligned(Element.ALIGN_RIGHT, clip(bar.label(), 45), labelWidth - 6, y + 4, 0);
            drawing.showTextAligned(Element.ALIGN_LEFT, Long.toString(bar.value()), labelWidth + length + 4, y + 4, 0);
            drawing.endText();
        }
        Image image = Image.getInstance(drawing);
        image.setSpacingAfter(8);
        return image;
    }

    private static PdfPTable table(ReportDocument report) {
        PdfPTable table = new PdfPTable(Math.max(1, report.columns().size()));
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(6);
        Font heading = new Font(Font.HELVETICA, 8, Font.BOLD);
        Font body = new Font(Font.HELVETICA, 8);
        for (String column : report.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(column, heading));
            cell.setBackgroundColor(HEADING);
            table.addCell(cell);
        }
        if (report.rows().isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("Nothing in this period.", body));
            none.setColspan(Math.max(1, report.columns().size()));
            table.addCell(none);
        }
        for (var row : report.rows()) {
            for (String value : row) {
                table.addCell(new PdfPCell(new Phrase(new Chunk(value == null ? "" : value, body))));
            }
        }
        return table;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
