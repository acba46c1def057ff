package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.DuplicateReview;
import org.peelrms.nominal.api.DuplicateStatus;
import org.peelrms.nominal.api.PeopleImports;
import org.peelrms.nominal.api.PossibleDuplicateView;

/**
 * The duplicate finder and its review queue (issue 18, ADR 0043, 0044), for administrators:
 * {@code POST /api/v1/nominals/duplicates/find} (202 with the job; progress at {@code /api/v1/jobs/{id}}),
 * {@code GET /api/v1/nominals/duplicates?status=OPEN&first=&max=}, and
 * {@code POST /api/v1/nominals/duplicates/{id}/not-a-duplicate {"reason": "..."}}.
 */
@Path("v1/nominals/duplicates")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class DuplicatesResource {

    /** A page of the queue: how many pairs there are in the status, and these. */
    public record QueuePage(long total, int first, List<PossibleDuplicateView> pairs) {
    }

    /** Why the two are different people. */
    public record Decision(String reason) {
    }

    @EJB
    private DuplicateReview review;

    @EJB
    private PeopleImports jobs;

    @POST
    @Path("find")
    public Response find(@Context UriInfo uri) {
        long id = review.startFinding();
        return Response.accepted(jobs.job(id).orElseThrow())
                .location(uri.getBaseUriBuilder().path("v1/jobs/{id}").build(id)).build();
    }

    @GET
    public QueuePage queue(@QueryParam("status") @DefaultValue("OPEN") String status,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        DuplicateStatus wanted = status(status);
        return new QueuePage(review.count(wanted), first, review.queue(wanted, first, max));
    }

    @POST
    @Path("{id}/not-a-duplicate")
    public PossibleDuplicateView notADuplicate(@PathParam("id") long id, Decision decision) {
        return review.notADuplicate(id, decision == null ? null : decision.reason())
                .orElseThrow(() -> new NotFoundException("There is no possible duplicate " + id + "."));
    }

    private static DuplicateStatus status(String given) {
        return Arrays.stream(DuplicateStatus.values()).filter(s -> s.name().equals(given.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("status must be one of "
                        + Arrays.toString(DuplicateStatus.values()) + "; it was '" + given + "'."));
    }
}
