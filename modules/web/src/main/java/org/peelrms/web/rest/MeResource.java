package org.peelrms.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.peelrms.kernel.Roles;

/** {@code GET /api/v1/me}: who the caller is signed in as, and their roles. */
@Path("v1/me")
@RequestScoped
@PermitAll
public class MeResource {

    /** The signed-in user. */
    public record Me(String username, List<String> roles) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me(@Context SecurityContext security) {
        return new Me(security.getUserPrincipal().getName(),
                Roles.ALL.stream().filter(security::isUserInRole).toList());
    }
}
