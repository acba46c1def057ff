package org.peelrms.web.missing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.peelrms.missingpersons.api.MissingPersonsReport;
import org.peelrms.missingpersons.api.MissingPersonsReports;
import org.peelrms.web.reports.PeriodReportView;

/** The missing persons report page for auditors: a period, the figures, a chart by risk level and the CSV. */
@Named
@ViewScoped
public class MissingReportView extends PeriodReportView<MissingPersonsReport> {
    private static final long serialVersionUID = 1L;

    @EJB
    private MissingPersonsReports reports;

    @Override
    protected MissingPersonsReport reportFor(LocalDate first, LocalDate last) {
        return reports.report(first, last);
    }

    /** Chart.js configuration for p:chart: cases by risk level. */
    public String getChart() {
        if (getReport() == null) {
            return "{}";
        }
        return "{\"type\":\"bar\",\"data\":{\"labels\":["
                + getReport().byRiskLevel().stream().map(l -> "\"" + l.level().label() + "\"").collect(Collectors.joining(","))
                + "],\"datasets\":[{\"label\":\"Cases\",\"backgroundColor\":\"#1565c0\",\"data\":["
                + getReport().byRiskLevel().stream().map(l -> Integer.toString(l.cases())).collect(Collectors.joining(","))
                + "]}]},\"options\":{\"responsive\":true}}";
    }

    /** Minutes as "2 h 05 min", or "none" when there is nothing to measure. */
    public String minutes(Long minutes) {
        return minutes == null ? "none" : minutes / 60 + " h " + String.format("%02d", minutes % 60) + " min";
    }
}
