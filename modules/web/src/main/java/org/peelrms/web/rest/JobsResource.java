package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.JobView;
import org.peelrms.nominal.api.PeopleImports;

/** {@code GET /api/v1/jobs/{id}}: a background job's progress, counts and refused rows, for administrators. */
@Path("v1/jobs")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class JobsResource {

    @EJB
    private PeopleImports imports;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public JobView job(@PathParam("id") long id) {
        return imports.job(id).orElseThrow(() -> new NotFoundException("There is no job " + id + "."));
    }
}
