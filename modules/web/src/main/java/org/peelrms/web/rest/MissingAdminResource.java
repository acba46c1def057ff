package org.peelrms.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.peelrms.kernel.Roles;
import org.peelrms.missingpersons.api.ReviewIntervalView;
import org.peelrms.missingpersons.api.ReviewIntervals;
import org.peelrms.missingpersons.api.RiskLevel;

/** {@code /api/v1/missing/review-intervals}: the review interval of each risk level; administrators set them. */
@Path("v1/missing/review-intervals")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MissingAdminResource {

    public record Interval(int minutes) {
    }

    @EJB
    private ReviewIntervals intervals;

    @GET
    public List<ReviewIntervalView> all() {
        return intervals.all();
    }

    /** {@code PUT /{level}}: sets the interval in minutes (15 to 43,200). */
    @PUT
    @Path("{level}")
    @RolesAllowed(Roles.ADMIN)
    public List<ReviewIntervalView> set(@PathParam("level") String level, Interval interval) {
        RiskLevel risk;
        try {
            risk = RiskLevel.valueOf(level.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("There is no risk level '" + level + "'; use HIGH, MEDIUM, LOW,"
                    + " VERY_LOW or NO_APPARENT_RISK.");
        }
        if (interval == null) {
            throw new IllegalArgumentException("Give the interval in minutes.");
        }
        intervals.set(risk, interval.minutes());
        return intervals.all();
    }
}
