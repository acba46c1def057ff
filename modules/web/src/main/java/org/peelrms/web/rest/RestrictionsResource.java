package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.peelrms.kernel.Roles;
import org.peelrms.restriction.api.RestrictionCategory;
import org.peelrms.restriction.api.RestrictionView;
import org.peelrms.web.restriction.RestrictionDesk;

/**
 * {@code /api/v1/restrictions}: restricting records to named users and access groups, and lifting
 * restrictions; supervisors and administrators. Administrators list every restriction in force.
 */
@Path("v1/restrictions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class RestrictionsResource {

    /** What to restrict: {@code {"recordType","recordId","category","reason","users":[…],"groups":[…]}}. */
    public record Restrict(String recordType, Long recordId, String category, String reason, List<String> users,
            List<String> groups) {
    }

    public record Lift(String reason) {
    }

    public record Created(long id) {
    }

    @Inject
    private RestrictionDesk desk;

    /** {@code GET}: every restriction in force, newest first; administrators only. */
    @GET
    @RolesAllowed(Roles.ADMIN)
    public List<RestrictionView> inForce() {
        return desk.inForce();
    }

    /** {@code GET /{recordType}/{recordId}}: the restriction on a record, for those on its list; else 404. */
    @GET
    @Path("{recordType}/{recordId}")
    public RestrictionView on(@PathParam("recordType") String recordType, @PathParam("recordId") long recordId) {
        return desk.on(recordType, recordId)
                .orElseThrow(() -> new NotFoundException("No restriction of yours is on that record."));
    }

    /** {@code POST}: restricts a record; 201 with the restriction's id. */
    @POST
    public Response restrict(Restrict asked) {
        if (asked == null || asked.recordType() == null || asked.recordId() == null) {
            throw new IllegalArgumentException("Give the recordType and recordId of the record to restrict.");
        }
        long id = desk.restrict(asked.recordType(), asked.recordId(), category(asked.category()), asked.reason(),
                asked.users(), asked.groups());
        return Response.created(URI.create("v1/restrictions/" + id)).entity(new Created(id)).build();
    }

    /** {@code POST /{id}/lift}: lifts a restriction, with the reason. */
    @POST
    @Path("{id}/lift")
    public Response lift(@PathParam("id") long id, Lift lift) {
        desk.lift(id, lift == null ? null : lift.reason());
        return Response.noContent().build();
    }

    static RestrictionCategory category(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return RestrictionCategory.valueOf(text.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("There is no category '" + text + "'; use PROTECTED_WITNESS,"
                    + " PUBLIC_FIGURE, STAFF_SUBJECT, SENSITIVE_INVESTIGATION or OTHER.");
        }
    }
}
