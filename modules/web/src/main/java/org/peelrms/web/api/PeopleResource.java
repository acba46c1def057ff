package org.peelrms.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.nominal.api.PersonSummary;

/** {@code /api/v1/nominals}: people on file, for the operational roles. Every call is audited. */
@Path("v1/nominals")
@RequestScoped
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class PeopleResource {

    @EJB
    private PeopleIndex people;

    /** {@code GET /api/v1/nominals?q=words&limit=10}: people whose names match, best first. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<PersonSummary> search(@QueryParam("q") String text, @QueryParam("limit") @DefaultValue("10") int limit) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("q (the name to look for) is required");
        }
        return people.search(text, limit);
    }

    /** {@code GET /api/v1/nominals/{id}}: one person; 404 when there is none. */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public PersonSummary person(@PathParam("id") long id) {
        return people.view(id).orElseThrow(() -> new NotFoundException("There is no person " + id + " on file."));
    }
}
