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
import org.peelrms.custody.api.ComplianceReport;
import org.peelrms.custody.api.ComplianceReports;
import org.peelrms.kernel.Roles;

/** {@code /api/v1/custody/compliance}: the PACE compliance report for a period, JSON or CSV; auditors only. */
@Path("v1/custody/compliance")
@RequestScoped
@RolesAllowed(Roles.AUDITOR)
public class CustodyComplianceResource {

    @EJB
    private ComplianceReports reports;

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
}
