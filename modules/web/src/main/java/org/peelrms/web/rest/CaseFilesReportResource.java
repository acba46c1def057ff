package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.casefile.api.CaseFileReports;
import org.peelrms.casefile.api.CaseFilesReport;
import org.peelrms.casefile.api.RecordTypes;
import org.peelrms.kernel.Roles;
import org.peelrms.web.reports.ReportDocuments;

/** {@code /api/v1/casefiles/report}: the case files report for a period, JSON, CSV or PDF; auditors and supervisors. */
@Path("v1/casefiles/report")
@RequestScoped
@RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
public class CaseFilesReportResource {

    @EJB
    private CaseFileReports reports;

    @EJB
    private AuditTrail trail;

    /** {@code GET ?from=yyyy-mm-dd&to=yyyy-mm-dd}: the figures as JSON. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CaseFilesReport report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.report(QueryDates.required("from", from), QueryDates.required("to", to));
    }

    /** {@code GET /csv?from=&to=}: the same as a CSV file to download (audited as an export). */
    @GET
    @Path("csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = QueryDates.required("from", from);
        LocalDate end = QueryDates.required("to", to);
        return QueryDates.csvDownload(reports.csv(start, end), "case-files", start, end);
    }

    /** {@code GET /pdf?from=&to=}: the same as a PDF to download (figures, returns and chart); audited as an export. */
    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext security) {
        LocalDate start = QueryDates.required("from", from);
        LocalDate end = QueryDates.required("to", to);
        CaseFilesReport produced = reports.report(start, end);
        return ReportExports.pdf(trail, ReportDocuments.of(produced), RecordTypes.CASE_FILES_REPORT, "case-files", start,
                end, produced.files(), security.getUserPrincipal().getName());
    }
}
