package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.peelrms.audit.api.AuditReport;
import org.peelrms.audit.api.AuditReportKind;
import org.peelrms.audit.api.AuditReportRequest;
import org.peelrms.kernel.Roles;
import org.peelrms.web.audit.FlaggedAuditReports;
import org.peelrms.web.reports.PdfDownload;
import org.peelrms.web.reports.ReportCsv;

/**
 * {@code /api/v1/audit/reports/{report}}: the audit reports (person-access, user-activity,
 * unusual-activity, failed-sign-ins) for a period, as JSON, {@code /csv} or {@code /pdf}; auditors
 * only. Query: {@code from}, {@code to} (yyyy-mm-dd, required), {@code person}, {@code user},
 * {@code address}, {@code threshold}, {@code hours} (e.g. 19:00-07:00). Each run is on the audit log.
 */
@Path("v1/audit/reports/{report}")
@RequestScoped
@RolesAllowed(Roles.AUDITOR)
public class AuditReportsResource {

    @Inject
    private FlaggedAuditReports reports;

    @PathParam("report")
    private String report;
    @QueryParam("from")
    private String from;
    @QueryParam("to")
    private String to;
    @QueryParam("person")
    private String person;
    @QueryParam("user")
    private String user;
    @QueryParam("address")
    private String address;
    @QueryParam("threshold")
    private String threshold;
    @QueryParam("hours")
    private String hours;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AuditReport produce() {
        return reports.produce(request());
    }

    @GET
    @Path("csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv() {
        AuditReportRequest request = request();
        AuditReport produced = reports.export(request, "CSV");
        return QueryDates.csvDownload(ReportCsv.write(produced.document()), produced.kind().slug(),
                produced.from(), produced.to());
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@Context SecurityContext security) {
        AuditReport produced = reports.export(request(), "PDF");
        return PdfDownload.of(produced.document(), produced.kind().slug(), produced.from(), produced.to(),
                security.getUserPrincipal().getName());
    }

    private AuditReportRequest request() {
        return new AuditReportRequest(AuditReportKind.fromSlug(report), QueryDates.required("from", from),
                QueryDates.required("to", to), person, user, address, number("threshold", threshold), hours);
    }

    private static Integer number(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + text + "'");
        }
    }
}
