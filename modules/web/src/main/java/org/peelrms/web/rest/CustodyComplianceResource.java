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
import org.peelrms.custody.api.ComplianceReport;
import org.peelrms.custody.api.ComplianceReports;
import org.peelrms.custody.api.RecordTypes;
import org.peelrms.kernel.Roles;

/** {@code /api/v1/custody/compliance}: the PACE compliance report for a period, JSON or CSV; auditors only. */
@Path("v1/custody/compliance")
@RequestScoped
@RolesAllowed(Roles.AUDITOR)
public class CustodyComplianceResource {

    @EJB
    private ComplianceReports reports;

    @EJB
    private AuditTrail trail;

    /** {@code GET ?from=yyyy-mm-dd&to=yyyy-mm-dd}: the figures and issues as JSON. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ComplianceReport report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.report(QueryDates.required("from", from), QueryDates.required("to", to));
    }

    /** {@code GET /csv?from=&to=}: the same as a CSV file to download. */
    @GET
    @Path("csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = QueryDates.required("from", from);
        LocalDate end = QueryDates.required("to", to);
        return QueryDates.csvDownload(reports.csv(start, end), "pace-compliance", start, end);
    }

    /** {@code GET /pdf?from=&to=}: the same as a PDF to download (figures and chart); the export is audited. */
    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext security) {
        LocalDate start = QueryDates.required("from", from);
        LocalDate end = QueryDates.required("to", to);
        ComplianceReport produced = reports.report(start, end);
        return ReportExports.pdf(trail, ReportDocuments.of(produced), RecordTypes.COMPLIANCE_REPORT, "pace-compliance", start, end,
                produced.detentions(), security.getUserPrincipal().getName());
    }
}
