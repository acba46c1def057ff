package org.peelrms.web.reports;

import java.util.List;

/**
 * A report as it is exported: its title, period and filters, one table and one bar chart. Every
 * report Peel exports as PDF (the audit reports, crime data integrity, PACE compliance, missing
 * persons) is turned into one of these and drawn by {@link ReportPdf}.
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
}
