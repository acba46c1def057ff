package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.peelrms.casefile.api.CaseFileReports;
import org.peelrms.casefile.api.CaseFilesReport;
import org.peelrms.kernel.Roles;

/** {@code /api/v1/casefiles/report}: the case files report for a period, JSON or CSV; auditors and supervisors. */
@Path("v1/casefiles/report")
@RequestScoped
@RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
public class CaseFilesReportResource {

    @EJB
    private CaseFileReports reports;

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
}
