package org.peelrms.kernel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A report as it is exported: its title, period and filters, one table and one bar chart. Each module words its own
 * reports this way (their {@code document()}); the web layer draws it as a PDF and writes it as CSV, knowing no
 * report's figures.
 *
 * @param title      the report's name
 * @param period     the period in words, e.g. {@code 01/11/2026 to 30/11/2026 (UK dates, both days included)}
 * @param filters    the filters it was run with, each written {@code label: value}
 * @param columns    the table's column headings
 * @param rows       the table's rows
 * @param note       a line under the table (e.g. that the list was cut), or null
 * @param chartTitle what the bars count
 * @param bars       the chart
 */
public record ReportDocument(String title, String period, List<String> filters, List<String> columns,
        List<List<String>> rows, String note, String chartTitle, List<Bar> bars) {

    /** One bar of the chart. */
    public record Bar(String label, long value) {
    }

    /** A report that can be exported as a document. */
    public interface Exported {
        ReportDocument document();
    }

    /** A period in words, as every report's heading gives it. */
    public static String period(LocalDate from, LocalDate to) {
        return from.format(UkDateFormat.DAY) + " to " + to.format(UkDateFormat.DAY) + " (UK dates, both days included)";
    }

    /** A headline-figures report: a table of figure and value (its CSV has every row) and one chart. */
    public static Figures figures() {
        return new Figures();
    }

    /** A table of figure and value, written the same way in every report. */
    public static final class Figures {
        private final List<List<String>> rows = new ArrayList<>();

        private Figures() {
        }

        public Figures add(String figure, Object value) {
            rows.add(List.of(figure, String.valueOf(value)));
            return this;
        }

        /** A share from 0 to 1, as a percentage to one place. */
        public Figures percent(String figure, double share) {
            return add(figure, String.format(Locale.UK, "%.1f %%", share * 100));
        }

        /** A measure to one place, or "none" when there was nothing to measure. */
        public Figures measure(String figure, Double value) {
            return add(figure, value == null ? "none" : String.format(Locale.UK, "%.1f", value));
        }

        /** A whole measure, or "none" when there was nothing to measure. */
        public Figures measure(String figure, Long value) {
            return add(figure, value == null ? "none" : value.toString());
        }

        public ReportDocument document(String title, LocalDate from, LocalDate to, String chartTitle, List<Bar> bars) {
            return new ReportDocument(title, period(from, to), List.of(), List.of("Figure", "Value"), List.copyOf(rows),
                    "Every row of this report is in its CSV download.", chartTitle, bars);
        }
    }
}
