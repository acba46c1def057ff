package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import java.time.LocalDate;
import org.peelrms.custody.api.ComplianceReports;
import org.peelrms.custody.api.ComplianceReport;
import org.peelrms.custody.api.RecordTypes;
import org.peelrms.kernel.Roles;

/** {@code /api/v1/custody/compliance}: the PACE compliance report for a period, JSON, CSV or PDF; auditors only. */
@Path("v1/custody/compliance")
@RequestScoped
@RolesAllowed(Roles.AUDITOR)
public class CustodyComplianceResource extends PeriodReportResource<ComplianceReport> {

    @EJB
    private ComplianceReports reports;

    @Override
    protected ComplianceReport produce(LocalDate from, LocalDate to) {
        return reports.report(from, to);
    }

    @Override
    protected String csv(LocalDate from, LocalDate to) {
        return reports.csv(from, to);
    }

    @Override
    protected long rows(ComplianceReport report) {
        return report.detentions();
    }

    @Override
    protected String recordType() {
        return RecordTypes.COMPLIANCE_REPORT;
    }

    @Override
    protected String fileName() {
        return "pace-compliance";
    }
}
