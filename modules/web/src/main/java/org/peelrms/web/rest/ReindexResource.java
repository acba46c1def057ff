package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.PeopleImports;
import org.peelrms.nominal.api.SearchIndex;

/** {@code POST /api/v1/nominals/reindex}: rebuilds the people index in the background; 202 with the job. */
@Path("v1/nominals/reindex")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class ReindexResource {

    @EJB
    private SearchIndex index;

    @EJB
    private PeopleImports jobs;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response rebuild(@Context UriInfo uri) {
        long id = index.startRebuild();
        return Response.accepted(jobs.job(id).orElseThrow())
                .location(uri.getBaseUriBuilder().path("v1/jobs/{id}").build(id)).build();
    }
}
