package org.peelrms.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.kernel.ReportDocument;
import org.peelrms.web.reports.PdfDownload;

/**
 * A module's report for a period, the same three ways for every report: {@code GET ?from=&to=} as JSON,
 * {@code GET /csv?from=&to=} and {@code GET /pdf?from=&to=} to download (dates yyyy-mm-dd, UK, both
 * days included). Producing the report and its CSV are audited by its module; the PDF export here.
 * Each report's resource says where it lives ({@code @Path}), who may read it ({@code @RolesAllowed})
 * and how its report is produced.
 *
 * @param <R> the module's report, which words itself as a document for the PDF
 */
public abstract class PeriodReportResource<R extends ReportDocument.Exported> {

    @EJB
    private RecordAccess access;

    /** The report for the period (audited by its module). */
    protected abstract R produce(LocalDate from, LocalDate to);

    /** The report as CSV (audited by its module as an export). */
    protected abstract String csv(LocalDate from, LocalDate to);

    /** How many records the report covers, for the export's audit entry. */
    protected abstract long rows(R report);

    /** The report's record type in the audit log. */
    protected abstract String recordType();

    /** The start of the downloaded files' names, e.g. {@code crime-integrity}. */
    protected abstract String fileName();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public R report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return produce(QueryDates.required("from", from), QueryDates.required("to", to));
    }

    @GET
    @Path("csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = QueryDates.required("from", from);
        LocalDate end = QueryDates.required("to", to);
        return QueryDates.csvDownload(csv(start, end), fileName(), start, end);
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext security) {
        LocalDate start = QueryDates.required("from", from);
        LocalDate end = QueryDates.required("to", to);
        R produced = produce(start, end);
        Response download = PdfDownload.of(produced.document(), fileName(), start, end, security.getUserPrincipal().getName());
        access.exported(recordType(), "PDF, period " + start + " to " + end,
                (int) Math.min(Integer.MAX_VALUE, rows(produced)));
        return download;
    }
}
