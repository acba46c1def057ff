package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import java.time.LocalDate;
import org.peelrms.missingpersons.api.MissingPersonsReports;
import org.peelrms.missingpersons.api.MissingPersonsReport;
import org.peelrms.missingpersons.api.RecordTypes;
import org.peelrms.kernel.Roles;

/** {@code /api/v1/missing/report}: the missing persons report for a period, JSON, CSV or PDF; auditors only. */
@Path("v1/missing/report")
@RequestScoped
@RolesAllowed(Roles.AUDITOR)
public class MissingPersonsReportResource extends PeriodReportResource<MissingPersonsReport> {

    @EJB
    private MissingPersonsReports reports;

    @Override
    protected MissingPersonsReport produce(LocalDate from, LocalDate to) {
        return reports.report(from, to);
    }

    @Override
    protected String csv(LocalDate from, LocalDate to) {
        return reports.csv(from, to);
    }

    @Override
    protected long rows(MissingPersonsReport report) {
        return report.cases();
    }

    @Override
    protected String recordType() {
        return RecordTypes.MISSING_PERSONS_REPORT;
    }

    @Override
    protected String fileName() {
        return "missing-persons";
    }
}
