package org.peelrms.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.peelrms.kernel.Roles;
import org.peelrms.staff.api.AccountLifecycle;

/**
 * {@code GET /api/v1/me}: who the caller is signed in as, and their roles. {@code PUT /api/v1/me/password}: the caller
 * changes their own password, giving the current one ({@link AccountLifecycle#changeOwnPassword}); their signed-in
 * page sessions end (the page {@code password.xhtml} keeps the one it was changed from).
 */
@Path("v1/me")
@RequestScoped
@PermitAll
public class MeResource {

    /** The signed-in user. */
    public record Me(String username, List<String> roles) {
    }

    /** The current password and the new one. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @EJB
    private AccountLifecycle lifecycle;

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChange change) {
        lifecycle.changeOwnPassword(change == null ? null : change.currentPassword(),
                change == null ? null : change.newPassword());
        return Response.noContent().build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me(@Context SecurityContext security) {
        return new Me(security.getUserPrincipal().getName(),
                Roles.ALL.stream().filter(security::isUserInRole).toList());
    }
}
