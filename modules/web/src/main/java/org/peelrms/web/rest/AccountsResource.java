package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.peelrms.kernel.Roles;
import org.peelrms.staff.api.Account;
import org.peelrms.staff.api.AccountLifecycle;
import org.peelrms.staff.api.NewAccount;
import org.peelrms.staff.api.StaffAccounts;

/**
 * {@code /api/v1/accounts}: staff accounts for administrators. Open one; disable or enable it, close a leaver's for
 * good, reset its password, change its roles; each audited ({@link AccountLifecycle}).
 */
@Path("v1/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AccountsResource {

    /** Why an account is disabled, enabled or closed. */
    public record Reason(String reason) {
        static String of(Reason given) {
            return given == null ? null : given.reason();
        }
    }

    /** A new password set by an administrator. */
    public record NewPassword(String password) {
    }

    /** An account to open (as {@link NewAccount}, which JSON-B cannot build: it has two constructors). */
    public record AccountToOpen(String username, String displayName, String password, Set<String> roles,
            Boolean serviceAccount) {
    }

    /** The roles an account is to have. */
    public record RoleList(Set<String> roles) {
    }

    @EJB
    private StaffAccounts accounts;

    @EJB
    private AccountLifecycle lifecycle;

    @GET
    public List<Account> all() {
        return accounts.all();
    }

    /** {@code POST}: {@code {"username","displayName","password","roles":[…],"serviceAccount":false}}; 201. */
    @POST
    public Response open(AccountToOpen account) {
        if (account == null) {
            throw new IllegalArgumentException("Give the account to open.");
        }
        return Response.status(Response.Status.CREATED).entity(accounts.open(new NewAccount(account.username(),
                account.displayName(), account.password(), account.roles(), Boolean.TRUE.equals(account.serviceAccount()))))
                .build();
    }

    @POST
    @Path("{username}/disable")
    public Account disable(@PathParam("username") String username, Reason reason) {
        return lifecycle.disable(username, Reason.of(reason));
    }

    @POST
    @Path("{username}/enable")
    public Account enable(@PathParam("username") String username, Reason reason) {
        return lifecycle.enable(username, Reason.of(reason));
    }

    /** The holder has left the force: the account is closed for good. */
    @POST
    @Path("{username}/leaver")
    public Account leaver(@PathParam("username") String username, Reason reason) {
        return lifecycle.leave(username, Reason.of(reason));
    }

    @PUT
    @Path("{username}/password")
    public Account resetPassword(@PathParam("username") String username, NewPassword password) {
        return lifecycle.resetPassword(username, password == null ? null : password.password());
    }

    @PUT
    @Path("{username}/roles")
    public Account changeRoles(@PathParam("username") String username, RoleList roles) {
        return lifecycle.changeRoles(username, roles == null ? null : roles.roles());
    }
}
