package org.peelrms.web.casefile;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.peelrms.casefile.api.CaseFileReports;
import org.peelrms.casefile.api.CaseFilesReport;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.web.crime.UkTime;
import org.peelrms.web.shell.Messages;

/** The case files report page for auditors and supervisors: a period, the figures, a chart by stage, and the CSV. */
@Named
@ViewScoped
public class CaseFilesReportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CaseFileReports reports;

    private LocalDate from = LocalDate.now(UkTime.UK).minusMonths(12).plusDays(1);
    private LocalDate to = LocalDate.now(UkTime.UK);
    private CaseFilesReport report;

    public void produce() {
        try {
            report = reports.report(from, to);
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    /** Chart.js configuration for p:chart: files at each stage, and their median age in days. */
    public String getChart() {
        if (report == null) {
            return "{}";
        }
        return "{\"type\":\"bar\",\"data\":{\"labels\":["
                + report.byStage().stream().map(s -> "\"" + s.stage().label() + "\"").collect(Collectors.joining(","))
                + "],\"datasets\":[{\"label\":\"Files\",\"backgroundColor\":\"#1565c0\",\"data\":["
                + report.byStage().stream().map(s -> Integer.toString(s.files())).collect(Collectors.joining(","))
                + "]},{\"label\":\"Median age (days)\",\"backgroundColor\":\"#ef6c00\",\"data\":["
                + report.byStage().stream().map(s -> s.medianAgeDays() == null ? "0" : Long.toString(s.medianAgeDays()))
                        .collect(Collectors.joining(","))
                + "]}]},\"options\":{\"responsive\":true}}";
    }

    /** Hours as "1 d 04 h", or "none" when there is nothing to measure. */
    public String hours(Long hours) {
        return hours == null ? "none" : hours / 24 + " d " + String.format("%02d", hours % 24) + " h";
    }

    public String show(java.time.OffsetDateTime at) {
        return UkTime.show(at);
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public CaseFilesReport getReport() { return report; }
}
