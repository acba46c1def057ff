package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import org.peelrms.kernel.Roles;
import org.peelrms.missingpersons.api.CasePhotographs;
import org.peelrms.missingpersons.api.NewPhotograph;
import org.peelrms.missingpersons.api.Photograph;

/**
 * {@code /api/v1/missing/cases/{id}/photograph}: the missing person's photograph on a case, for the
 * operational roles. The image's format is judged from its bytes, whatever the request's content type
 * says. Audited by the module.
 */
@Path("v1/missing/cases/{id}/photograph")
@RequestScoped
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class MissingPhotographResource {

    @EJB
    private CasePhotographs photographs;

    @Inject
    private StatedReason reason;

    /** {@code PUT}: the image as the body (JPEG or PNG, at most 5 MiB), {@code ?description=} optional; 204. */
    @PUT
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") long id, @QueryParam("description") String description, byte[] image) {
        photographs.add(id, new NewPhotograph(image, description));
        return Response.noContent().build();
    }

    /**
     * {@code GET}: the newest photograph as an image, with who added it; 404 if the case has none (or is
     * restricted from the caller); a restricted case the caller may open needs {@code ?reason=} (428 without).
     */
    @GET
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    public Response current(@PathParam("id") long id) {
        Photograph photograph = photographs.current(id, reason.get()).orElseThrow(
                () -> new NotFoundException("Missing person case " + id + " has no photograph."));
        return Response.ok(photograph.content(), photograph.contentType())
                .lastModified(Date.from(photograph.addedAt().toInstant()))
                .header("X-Peel-Added-By", photograph.addedBy())
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
