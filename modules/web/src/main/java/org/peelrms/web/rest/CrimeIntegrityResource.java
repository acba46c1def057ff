package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import java.time.LocalDate;
import org.peelrms.crime.api.IntegrityReports;
import org.peelrms.crime.api.IntegrityReport;
import org.peelrms.crime.api.RecordTypes;
import org.peelrms.kernel.Roles;

/** {@code /api/v1/crime/integrity}: the crime data integrity report for a period, JSON, CSV or PDF; auditors only. */
@Path("v1/crime/integrity")
@RequestScoped
@RolesAllowed(Roles.AUDITOR)
public class CrimeIntegrityResource extends PeriodReportResource<IntegrityReport> {

    @EJB
    private IntegrityReports reports;

    @Override
    protected IntegrityReport produce(LocalDate from, LocalDate to) {
        return reports.report(from, to);
    }

    @Override
    protected String csv(LocalDate from, LocalDate to) {
        return reports.csv(from, to);
    }

    @Override
    protected long rows(IntegrityReport report) {
        return report.reportsReceived();
    }

    @Override
    protected String recordType() {
        return RecordTypes.INTEGRITY_REPORT;
    }

    @Override
    protected String fileName() {
        return "crime-integrity";
    }
}
