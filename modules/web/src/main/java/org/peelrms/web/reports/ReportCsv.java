package org.peelrms.web.reports;

import java.util.List;
import org.peelrms.kernel.ReportDocument;

/**
 * A report's table as CSV for a spreadsheet: the column headings, then the rows. Cells are quoted
 * as RFC 4180 says; a cell that a spreadsheet would take for a formula (starting with =, +, -, @)
 * is preceded by an apostrophe, since audit entries hold text that users typed.
 */
public final class ReportCsv {
    private ReportCsv() {
    }

    public static String write(ReportDocument report) {
        StringBuilder csv = new StringBuilder();
        line(csv, report.columns());
        report.rows().forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
