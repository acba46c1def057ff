package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.peelrms.kernel.Roles;
import org.peelrms.restriction.api.AccessGroupView;
import org.peelrms.restriction.api.AccessGroups;

/** {@code /api/v1/access-groups}: named access groups and their members; administrators only. */
@Path("v1/access-groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AccessGroupsResource {

    public record NewGroup(String name, String description) {
    }

    public record Member(String username) {
    }

    @EJB
    private AccessGroups groups;

    @GET
    public List<AccessGroupView> all() {
        return groups.all();
    }

    /** {@code POST}: opens a group {@code {"name","description"}}; 201 with every group. */
    @POST
    public Response create(NewGroup group) {
        groups.create(group == null ? null : group.name(), group == null ? null : group.description());
        return Response.status(Response.Status.CREATED).entity(groups.all()).build();
    }

    /** {@code POST /{name}/members}: adds {@code {"username"}} to the group. */
    @POST
    @Path("{name}/members")
    public List<AccessGroupView> add(@PathParam("name") String name, Member member) {
        groups.addMember(name, member == null ? null : member.username());
        return groups.all();
    }

    /** {@code DELETE /{name}/members/{username}}: takes a user out of the group. */
    @DELETE
    @Path("{name}/members/{username}")
    public List<AccessGroupView> remove(@PathParam("name") String name, @PathParam("username") String username) {
        groups.removeMember(name, username);
        return groups.all();
    }
}
