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
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.web.reports.ReportDocuments;
import java.time.LocalDate;
import org.peelrms.crime.api.IntegrityReport;
import org.peelrms.crime.api.IntegrityReports;
import org.peelrms.crime.api.RecordTypes;
import org.peelrms.kernel.Roles;

/** {@code /api/v1/crime/integrity}: the crime data integrity report for a period, JSON or CSV; auditors only. */
@Path("v1/crime/integrity")
@RequestScoped
@RolesAllowed(Roles.AUDITOR)
public class CrimeIntegrityResource {

    @EJB
    private IntegrityReports reports;

    @EJB
    private AuditTrail trail;

    /** {@code GET ?from=yyyy-mm-dd&to=yyyy-mm-dd}: the figures as JSON. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public IntegrityReport report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.report(QueryDates.required("from", from), QueryDates.required("to", to));
    }

    /** {@code GET /csv?from=&to=}: the same as a CSV file to download. */
    @GET
    @Path("csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = QueryDates.required("from", from);
        LocalDate end = QueryDates.required("to", to);
        return QueryDates.csvDownload(reports.csv(start, end), "crime-integrity", start, end);
    }

    /** {@code GET /pdf?from=&to=}: the same as a PDF to download (figures and chart); the export is audited. */
    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext security) {
        LocalDate start = QueryDates.required("from", from);
        LocalDate end = QueryDates.required("to", to);
        IntegrityReport produced = reports.report(start, end);
        return ReportExports.pdf(trail, ReportDocuments.of(produced), RecordTypes.INTEGRITY_REPORT, "crime-integrity", start, end,
                produced.reportsReceived(), security.getUserPrincipal().getName());
    }
}
