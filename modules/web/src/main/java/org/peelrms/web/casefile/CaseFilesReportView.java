package org.peelrms.web.casefile;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.peelrms.casefile.api.CaseFileReports;
import org.peelrms.casefile.api.CaseFilesReport;
import org.peelrms.web.reports.PeriodReportView;

/** The case files report page for auditors and supervisors: a period, the figures, a chart by stage, and the CSV. */
@Named
@ViewScoped
public class CaseFilesReportView extends PeriodReportView<CaseFilesReport> {
    private static final long serialVersionUID = 1L;

    @EJB
    private CaseFileReports reports;

    @Override
    protected CaseFilesReport reportFor(LocalDate first, LocalDate last) {
        return reports.report(first, last);
    }

    /** Chart.js configuration for p:chart: files at each stage, and their median age in days. */
    public String getChart() {
        if (getReport() == null) {
            return "{}";
        }
        return "{\"type\":\"bar\",\"data\":{\"labels\":["
                + getReport().byStage().stream().map(s -> "\"" + s.stage().label() + "\"").collect(Collectors.joining(","))
                + "],\"datasets\":[{\"label\":\"Files\",\"backgroundColor\":\"#1565c0\",\"data\":["
                + getReport().byStage().stream().map(s -> Integer.toString(s.files())).collect(Collectors.joining(","))
                + "]},{\"label\":\"Median age (days)\",\"backgroundColor\":\"#ef6c00\",\"data\":["
                + getReport().byStage().stream().map(s -> s.medianAgeDays() == null ? "0" : Long.toString(s.medianAgeDays()))
                        .collect(Collectors.joining(","))
                + "]}]},\"options\":{\"responsive\":true}}";
    }

    /** Hours as "1 d 04 h", or "none" when there is nothing to measure. */
    public String hours(Long hours) {
        return hours == null ? "none" : hours / 24 + " d " + String.format("%02d", hours % 24) + " h";
    }
}
