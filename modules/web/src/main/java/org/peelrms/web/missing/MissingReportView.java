package org.peelrms.web.missing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.missingpersons.api.MissingPersonsReport;
import org.peelrms.missingpersons.api.MissingPersonsReports;
import org.peelrms.web.crime.UkTime;
import org.peelrms.web.shell.Messages;

/** The missing persons report page for auditors: a period, the figures, a chart by risk level and the CSV. */
@Named
@ViewScoped
public class MissingReportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private MissingPersonsReports reports;

    private LocalDate from = LocalDate.now(UkTime.UK).minusMonths(12).plusDays(1);
    private LocalDate to = LocalDate.now(UkTime.UK);
    private MissingPersonsReport report;

    public void produce() {
        try {
            report = reports.report(from, to);
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    /** Chart.js configuration for p:chart: cases by risk level. */
    public String getChart() {
        if (report == null) {
            return "{}";
        }
        return "{\"type\":\"bar\",\"data\":{\"labels\":["
                + report.byRiskLevel().stream().map(l -> "\"" + l.level().label() + "\"").collect(Collectors.joining(","))
                + "],\"datasets\":[{\"label\":\"Cases\",\"backgroundColor\":\"#1565c0\",\"data\":["
                + report.byRiskLevel().stream().map(l -> Integer.toString(l.cases())).collect(Collectors.joining(","))
                + "]}]},\"options\":{\"responsive\":true}}";
    }

    /** Minutes as "2 h 05 min", or "none" when there is nothing to measure. */
    public String minutes(Long minutes) {
        return minutes == null ? "none" : minutes / 60 + " h " + String.format("%02d", minutes % 60) + " min";
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public MissingPersonsReport getReport() {
        return report;
    }
}
