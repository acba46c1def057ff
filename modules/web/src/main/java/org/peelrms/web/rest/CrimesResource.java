package org.peelrms.web.rest;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.peelrms.crime.api.CancellationRequest;
import org.peelrms.crime.api.CrimeLists;
import org.peelrms.crime.api.CrimeSummary;
import org.peelrms.crime.api.CrimeView;
import org.peelrms.crime.api.Crimes;
import org.peelrms.crime.api.Finalisation;
import org.peelrms.crime.api.OutcomeType;
import org.peelrms.crime.api.PersonRole;
import org.peelrms.crime.api.VictimDecision;
import org.peelrms.kernel.Roles;

/**
 * {@code /api/v1/crime/crimes}: crime records, their people, plan, finalisation and cancellation, for
 * the operational roles (review dates and decisions on cancellations: supervisors).
 */
@Path("v1/crime/crimes")
@RequestScoped
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CrimesResource {

    /** A person to link, by their id on the people index. */
    public record Link(long personId, PersonRole role) {
    }

    /** The next review date. */
    public record Review(LocalDate date) {
    }

    /** An action for the investigation plan. */
    public record Action(String action, String assignedTo, LocalDate due) {
    }

    /** Finalising: the Home Office outcome number (1 to 22), the rationale, the victim's decision where needed. */
    public record Outcome(int outcome, String rationale, VictimDecision victimDecision) {
    }

    /** A supervisor's decision on a cancellation. */
    public record CancellationDecision(boolean approve, String note) {
    }

    /** The id of something created. */
    public record Created(long id) {
    }

    /** A list of crimes. */
    public record CrimeList(String list, List<CrimeSummary> crimes) {
    }

    @Inject
    private StatedReason reason;

    @EJB
    private Crimes crimes;

    @EJB
    private CrimeLists lists;

    @GET
    @Path("{id}")
    public CrimeView crime(@PathParam("id") long id) {
        return crimes.crime(id, reason.get()).orElseThrow(() -> new NotFoundException("There is no crime " + id + "."));
    }

    /**
     * {@code GET ?number=CR/2026/000123}: one crime by its reference number (404 if none); or {@code ?list=}
     * {@code reviews} (overdue or missing reviews), {@code cancellations} (waiting for a supervisor), {@code recent}.
     */
    @GET
    public Object find(@QueryParam("number") String number, @QueryParam("list") String list) {
        if (number != null && !number.isBlank()) {
            return crimes.crime(number, reason.get()).orElseThrow(() -> new NotFoundException("There is no crime " + number + "."));
        }
        String which = list == null ? "recent" : list;
        return new CrimeList(which, switch (which) {
            case "reviews" -> lists.overdueReviews();
            case "cancellations" -> lists.awaitingCancellationDecision();
            case "recent" -> lists.recentCrimes(100);
            default -> throw new IllegalArgumentException("list must be reviews, cancellations or recent, not '" + which + "'");
        });
    }

    @POST
    @Path("{id}/people")
    public CrimeView linkPerson(@PathParam("id") long id, Link link) {
        if (link == null) {
            throw new IllegalArgumentException("Give the personId and role.");
        }
        crimes.linkPerson(id, link.personId(), link.role());
        return crime(id);
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed(Roles.SUPERVISOR)
    public CrimeView setNextReview(@PathParam("id") long id, Review review) {
        crimes.setNextReview(id, review == null ? null : review.date());
        return crime(id);
    }

    @POST
    @Path("{id}/actions")
    public Response addAction(@PathParam("id") long id, Action action) {
        if (action == null) {
            throw new IllegalArgumentException("Give the action.");
        }
        return Response.status(Response.Status.CREATED)
                .entity(new Created(crimes.addAction(id, action.action(), action.assignedTo(), action.due()))).build();
    }

    @POST
    @Path("{id}/actions/{action}/done")
    public CrimeView completeAction(@PathParam("id") long id, @PathParam("action") long action) {
        crimes.completeAction(id, action);
        return crime(id);
    }

    /** {@code POST /{id}/finalise}: body {@code {"outcome":16,"rationale":"…","victimDecision":{…}}}. */
    @POST
    @Path("{id}/finalise")
    public CrimeView finalise(@PathParam("id") long id, Outcome outcome) {
        if (outcome == null) {
            throw new IllegalArgumentException("Give the outcome (1 to 22) and the rationale.");
        }
        crimes.finalise(id, new Finalisation(OutcomeType.number(outcome.outcome()), outcome.rationale(),
                outcome.victimDecision()));
        return crime(id);
    }

    /** {@code POST /{id}/cancellations}: asks for a cancellation or transfer; 201 with the request's id. */
    @POST
    @Path("{id}/cancellations")
    public Response requestCancellation(@PathParam("id") long id, CancellationRequest request) {
        return Response.status(Response.Status.CREATED).entity(new Created(crimes.requestCancellation(id, request))).build();
    }

    @POST
    @Path("{id}/cancellations/{request}/decision")
    @RolesAllowed(Roles.SUPERVISOR)
    public CrimeView decideCancellation(@PathParam("id") long id, @PathParam("request") long request,
            CancellationDecision decision) {
        if (decision == null) {
            throw new IllegalArgumentException("Give approve (true or false) and a note.");
        }
        crimes.decideCancellation(id, request, decision.approve(), decision.note());
        return crime(id);
    }
}
