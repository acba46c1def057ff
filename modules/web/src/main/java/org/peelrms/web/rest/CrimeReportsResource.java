package org.peelrms.web.rest;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.peelrms.crime.api.CrimeLists;
import org.peelrms.crime.api.NewCrime;
import org.peelrms.crime.api.NewReport;
import org.peelrms.crime.api.ReportSummary;
import org.peelrms.crime.api.ReportView;
import org.peelrms.crime.api.Reports;
import org.peelrms.crime.api.RiskAnswer;
import org.peelrms.crime.api.RiskLevel;
import org.peelrms.kernel.Roles;

/**
 * {@code /api/v1/crime/reports}: reports on the 24-hour clock and the decisions on them, for the
 * operational roles (closing as a non-crime incident: supervisors). Every call is audited by the module.
 */
@Path("v1/crime/reports")
@RequestScoped
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CrimeReportsResource {

    /** The crimes to record from a report, one per victim. */
    public record Decision(List<NewCrime> crimes) {
    }

    /** The ids of the crimes recorded. */
    public record Recorded(List<Long> crimes) {
    }

    /** Why a report is not a crime. */
    public record Rationale(String rationale) {
    }

    /** A domestic-abuse risk assessment. */
    public record Assessment(RiskLevel level, List<RiskAnswer> answers) {
    }

    /** A MARAC referral. */
    public record Referral(LocalDate conferenceDate, String note) {
    }

    /** A list of reports. */
    public record ReportList(String list, List<ReportSummary> reports) {
    }

    @Inject
    private StatedReason reason;

    @EJB
    private Reports reports;

    @EJB
    private CrimeLists lists;

    /** {@code POST}: takes a report down; 201 with the report and its clock, Location its address. */
    @POST
    public Response receive(NewReport report) {
        long id = reports.receive(report);
        return Response.created(URI.create("v1/crime/reports/" + id)).entity(reports.report(id, reason.get()).orElseThrow()).build();
    }

    /** {@code GET /{id}}: the report, its clock and decision; 404 when there is none. */
    @GET
    @Path("{id}")
    public ReportView report(@PathParam("id") long id) {
        return reports.report(id, reason.get()).orElseThrow(() -> new NotFoundException("There is no report " + id + "."));
    }

    /**
     * {@code GET ?list=}: {@code open} (soonest deadline first), {@code due} (near or past 24 hours),
     * {@code unassessed} (domestic abuse without a risk assessment), {@code unreferred} (high risk without a MARAC referral).
     */
    @GET
    public ReportList list(@QueryParam("list") @DefaultValue("due") String list) {
        return new ReportList(list, switch (list) {
            case "open" -> lists.openReports(false);
            case "due" -> lists.openReports(true);
            case "unassessed" -> lists.domesticAbuseWithoutRiskAssessment();
            case "unreferred" -> lists.highRiskWithoutReferral();
            default -> throw new IllegalArgumentException("list must be open, due, unassessed or unreferred, not '"
                    + list + "'");
        });
    }

    /** {@code POST /{id}/crimes}: records the report as crimes; 201 with their ids. */
    @POST
    @Path("{id}/crimes")
    public Response recordCrimes(@PathParam("id") long id, Decision decision) {
        List<Long> crimes = reports.recordCrimes(id, decision == null ? null : decision.crimes());
        return Response.status(Response.Status.CREATED).entity(new Recorded(crimes)).build();
    }

    /** {@code POST /{id}/non-crime}: closes the report as a non-crime incident; supervisors only. */
    @POST
    @Path("{id}/non-crime")
    @RolesAllowed(Roles.SUPERVISOR)
    public ReportView closeAsNonCrime(@PathParam("id") long id, Rationale rationale) {
        reports.closeAsNonCrime(id, rationale == null ? null : rationale.rationale());
        return report(id);
    }

    @POST
    @Path("{id}/domestic-abuse")
    public ReportView flagDomesticAbuse(@PathParam("id") long id) {
        reports.flagDomesticAbuse(id);
        return report(id);
    }

    @POST
    @Path("{id}/risk-assessment")
    public ReportView assessRisk(@PathParam("id") long id, Assessment assessment) {
        reports.assessRisk(id, assessment == null ? null : assessment.level(),
                assessment == null ? null : assessment.answers());
        return report(id);
    }

    @POST
    @Path("{id}/marac-referral")
    public ReportView referToMarac(@PathParam("id") long id, Referral referral) {
        reports.referToMarac(id, referral == null ? null : referral.conferenceDate(),
                referral == null ? null : referral.note());
        return report(id);
    }
}
