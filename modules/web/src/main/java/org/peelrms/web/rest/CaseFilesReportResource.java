package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import java.time.LocalDate;
import org.peelrms.casefile.api.CaseFileReports;
import org.peelrms.casefile.api.CaseFilesReport;
import org.peelrms.casefile.api.RecordTypes;
import org.peelrms.kernel.Roles;

/** {@code /api/v1/casefiles/report}: the case files report for a period, JSON, CSV or PDF; auditors and supervisors. */
@Path("v1/casefiles/report")
@RequestScoped
@RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
public class CaseFilesReportResource extends PeriodReportResource<CaseFilesReport> {

    @EJB
    private CaseFileReports reports;

    @Override
    protected CaseFilesReport produce(LocalDate from, LocalDate to) {
        return reports.report(from, to);
    }

    @Override
    protected String csv(LocalDate from, LocalDate to) {
        return reports.csv(from, to);
    }

    @Override
    protected long rows(CaseFilesReport report) {
        return report.files();
    }

    @Override
    protected String recordType() {
        return RecordTypes.CASE_FILES_REPORT;
    }

    @Override
    protected String fileName() {
        return "case-files";
    }
}
