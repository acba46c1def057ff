package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.peelrms.kernel.Roles;
import org.peelrms.staff.api.SignInThrottle;
import org.peelrms.staff.api.SignIns;

/**
 * {@code /api/v1/sign-in-throttles}: failed sign-ins counted in the last hour, and which are holding attempts back;
 * {@code DELETE ?kind=&subject=} clears one (audited). Administrators.
 */
@Path("v1/sign-in-throttles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SignInThrottlesResource {

    @EJB
    private SignIns signIns;

    @GET
    public List<SignInThrottle> all() {
        return signIns.throttles();
    }

    @DELETE
    public List<SignInThrottle> clear(@QueryParam("kind") String kind, @QueryParam("subject") String subject) {
        if (kind == null || subject == null) {
            throw new IllegalArgumentException("Name the throttle to clear: ?kind=ACCOUNT_AT_ADDRESS|ADDRESS|ACCOUNT&subject=….");
        }
        signIns.clear(kind, subject);
        return signIns.throttles();
    }
}
