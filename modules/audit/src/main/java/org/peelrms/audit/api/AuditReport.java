package org.peelrms.audit.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.peelrms.kernel.ReportDocument;

/**
 * An audit report as it is shown and exported: a table (its column headings and rows of text, as
 * an auditor reads them; times in UK time) and a chart (one bar per label).
 *
 * @param kind       which report
 * @param title      its title
 * @param from       the first day of the period (UK)
 * @param to         the last day of the period (UK)
 * @param filters    the filters it was run with (the period aside)
 * @param columns    the table's column headings
 * @param rows       the table's rows, each as long as {@code columns}
 * @param truncated  true when there were more rows than a report lists ({@value #MAX_ROWS}); the chart still counts all
 * @param chartTitle what the bars count
 * @param chart      the bars
 * @param producedAt when the report was produced
 * @param producedBy who produced it
 */
public record AuditReport(AuditReportKind kind, String title, LocalDate from, LocalDate to,
        List<AuditReportRequest.Filter> filters, List<String> columns, List<List<String>> rows, boolean truncated,
        String chartTitle, List<Bar> chart, OffsetDateTime producedAt, String producedBy) implements ReportDocument.Exported, Serializable {
    public static final int MAX_ROWS = 5000;

    /** The report's own table and chart, with its filters and a note when the table was cut, for its PDF and CSV. */
    @Override
    public ReportDocument document() {
        return new ReportDocument(title, ReportDocument.period(from, to), filters.stream()
                .map(f -> f.label().isEmpty() ? f.label() + ": " + f.value()
                        : Character.toUpperCase(f.label().charAt(0)) + f.label().substring(1) + ": " + f.value())
                .toList(), columns, rows, truncated ? "Only the first " + MAX_ROWS
                        + " rows are listed; the chart counts them all." : null,
                chartTitle, chart.stream().map(b -> new ReportDocument.Bar(b.label(), b.value())).toList());
    }

    /** One bar of the chart. */
    public record Bar(String label, long value) implements Serializable {
    }
}
