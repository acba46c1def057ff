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
import java.time.OffsetDateTime;
import java.util.List;
import org.peelrms.kernel.Roles;
import org.peelrms.missingpersons.api.CaseView;
import org.peelrms.missingpersons.api.Episode;
import org.peelrms.missingpersons.api.Found;
import org.peelrms.missingpersons.api.InterviewOutcome;
import org.peelrms.missingpersons.api.MissingPersons;
import org.peelrms.missingpersons.api.NewMissingReport;
import org.peelrms.missingpersons.api.NewSighting;
import org.peelrms.missingpersons.api.OpenCase;
import org.peelrms.missingpersons.api.RiskLevel;

/**
 * {@code /api/v1/missing/cases}: missing person cases from report to closure, for the operational
 * roles (a supervisor's confirmation of risk and the closure: supervisors). Audited by the module.
 */
@Path("v1/missing")
@RequestScoped
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MissingPersonsResource {

    /** A grading of risk, with the rationale. */
    public record Grading(RiskLevel level, String rationale) {
    }

    public record EnquiryLine(String action, String result) {
    }

    public record Interview(OffsetDateTime offeredAt, InterviewOutcome outcome, OffsetDateTime at, String note) {
    }

    public record Closure(String note) {
    }

    public record CaseList(String list, List<OpenCase> cases) {
    }

    public record Episodes(long personId, int count, List<Episode> episodes) {
    }

    @Inject
    private StatedReason reason;

    @EJB
    private MissingPersons missing;

    /** {@code POST /cases}: takes a report down; 201 with the case (and the person's earlier episodes). */
    @POST
    @Path("cases")
    public Response report(NewMissingReport report) {
        long id = missing.report(report);
        return Response.created(URI.create("v1/missing/cases/" + id)).entity(view(id)).build();
    }

    /** {@code GET /cases?list=open|due}: open cases by risk, or those needing grading or review now. */
    @GET
    @Path("cases")
    public CaseList list(@QueryParam("list") @DefaultValue("open") String list) {
        return new CaseList(list, switch (list) {
            case "open" -> missing.openCases();
            case "due" -> missing.reviewsDue();
            default -> throw new IllegalArgumentException("list must be open or due, not '" + list + "'");
        });
    }

    @GET
    @Path("cases/{id}")
    public CaseView view(@PathParam("id") long id) {
        return missing.view(id, reason.get()).orElseThrow(() -> new NotFoundException("There is no missing person case " + id + "."));
    }

    /** {@code POST /cases/{id}/grading}: grades or reviews the risk. */
    @POST
    @Path("cases/{id}/grading")
    public CaseView grade(@PathParam("id") long id, Grading grading) {
        missing.grade(id, grading == null ? null : grading.level(), grading == null ? null : grading.rationale());
        return view(id);
    }

    /** {@code POST /cases/{id}/supervision}: a supervisor confirms or changes the risk. */
    @POST
    @Path("cases/{id}/supervision")
    @RolesAllowed(Roles.SUPERVISOR)
    public CaseView supervise(@PathParam("id") long id, Grading grading) {
        missing.supervise(id, grading == null ? null : grading.level(), grading == null ? null : grading.rationale());
        return view(id);
    }

    @POST
    @Path("cases/{id}/enquiries")
    public CaseView logEnquiry(@PathParam("id") long id, EnquiryLine line) {
        missing.logEnquiry(id, line == null ? null : line.action(), line == null ? null : line.result());
        return view(id);
    }

    @POST
    @Path("cases/{id}/sightings")
    public CaseView recordSighting(@PathParam("id") long id, NewSighting sighting) {
        missing.recordSighting(id, sighting);
        return view(id);
    }

    @POST
    @Path("cases/{id}/found")
    public CaseView found(@PathParam("id") long id, Found found) {
        missing.found(id, found);
        return view(id);
    }

    @POST
    @Path("cases/{id}/return-interview")
    public CaseView returnInterview(@PathParam("id") long id, Interview interview) {
        if (interview == null) {
            throw new IllegalArgumentException("Say when the return home interview was offered, and its outcome.");
        }
        missing.returnInterview(id, interview.offeredAt(), interview.outcome(), interview.at(), interview.note());
        return view(id);
    }

    /** {@code POST /cases/{id}/closure}: a supervisor approves the closure of a found case. */
    @POST
    @Path("cases/{id}/closure")
    @RolesAllowed(Roles.SUPERVISOR)
    public CaseView close(@PathParam("id") long id, Closure closure) {
        missing.close(id, closure == null ? null : closure.note());
        return view(id);
    }

    /** {@code GET /people/{personId}/episodes}: the number and dates of a person's missing episodes. */
    @GET
    @Path("people/{personId}/episodes")
    public Episodes episodes(@PathParam("personId") long personId) {
        List<Episode> episodes = missing.episodes(personId);
        return new Episodes(personId, episodes.size(), episodes);
    }
}
