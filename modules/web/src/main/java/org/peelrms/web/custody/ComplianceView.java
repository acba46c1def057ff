package org.peelrms.web.custody;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Locale;
import org.peelrms.custody.api.ComplianceReport;
import org.peelrms.custody.api.ComplianceReports;
import org.peelrms.web.reports.PeriodReportView;

/** The PACE compliance report page for auditors: a period (the last twelve months by default), the figures, the issues, CSV. */
@Named
@ViewScoped
public class ComplianceView extends PeriodReportView<ComplianceReport> {
    private static final long serialVersionUID = 1L;

    @EJB
    private ComplianceReports reports;

    @Override
    protected ComplianceReport reportFor(LocalDate first, LocalDate last) {
        return reports.report(first, last);
    }

    public String hours(Double hours) {
        return hours == null ? "none released" : String.format(Locale.UK, "%.1f h", hours);
    }
}
