package org.peelrms.web.custody;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.peelrms.custody.api.ComplianceReport;
import org.peelrms.custody.api.ComplianceReports;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.web.crime.UkTime;
import org.peelrms.web.shell.Messages;

/** The PACE compliance report page for auditors: a period (the last twelve months by default), the figures, the issues, CSV. */
@Named
@ViewScoped
public class ComplianceView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ComplianceReports reports;

    private LocalDate from = LocalDate.now(UkTime.UK).minusMonths(12).plusDays(1);
    private LocalDate to = LocalDate.now(UkTime.UK);
    private ComplianceReport report;

    public void produce() {
        try {
            report = reports.report(from, to);
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public String hours(Double hours) {
        return hours == null ? "none released" : String.format(Locale.UK, "%.1f h", hours);
    }

    public String show(OffsetDateTime at) {
        return UkTime.show(at);
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

    public ComplianceReport getReport() {
        return report;
    }
}
