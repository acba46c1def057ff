package org.peelrms.web.crime;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.peelrms.crime.api.IntegrityReport;
import org.peelrms.crime.api.IntegrityReports;
import org.peelrms.web.reports.PeriodReportView;

/**
 * The crime data integrity report page for auditors: a period (the last twelve months by default),
 * the figures, a chart of each month's reports by how they ended, and the CSV download.
 */
@Named
@ViewScoped
public class IntegrityView extends PeriodReportView<IntegrityReport> {
    private static final long serialVersionUID = 1L;

    @EJB
    private IntegrityReports reports;

    @Override
    protected IntegrityReport reportFor(LocalDate first, LocalDate last) {
        return reports.report(first, last);
    }

    /** Chart.js configuration for p:chart: each month's reports, stacked by how they ended. */
    public String getChart() {
        if (getReport() == null) {
            return "{}";
        }
        String labels = getReport().months().stream().map(m -> "\"" + m.month() + "\"").collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + dataset("Recorded within 24 hours", "#2e7d32", IntegrityReport.Month::recordedWithin24Hours) + ","
                + dataset("Recorded after 24 hours", "#ef6c00", IntegrityReport.Month::recordedLate) + ","
                + dataset("Closed as non-crime", "#1565c0", IntegrityReport.Month::closedNonCrime) + ","
                + dataset("Unresolved", "#c62828", IntegrityReport.Month::unresolved) + "]},"
                + "\"options\":{\"responsive\":true,\"scales\":{\"x\":{\"stacked\":true},\"y\":{\"stacked\":true,"
                + "\"title\":{\"display\":true,\"text\":\"Reports received\"}}}}}";
    }

    private String dataset(String label, String colour, java.util.function.ToLongFunction<IntegrityReport.Month> value) {
        return "{\"label\":\"" + label + "\",\"backgroundColor\":\"" + colour + "\",\"data\":["
                + getReport().months().stream().map(m -> Long.toString(value.applyAsLong(m))).collect(Collectors.joining(","))
                + "]}";
    }

    public String percent(double rate) {
        return String.format(Locale.UK, "%.1f %%", rate * 100);
    }

    public String hours(Double hours) {
        return hours == null ? "none recorded" : String.format(Locale.UK, "%.1f h", hours);
    }
}
