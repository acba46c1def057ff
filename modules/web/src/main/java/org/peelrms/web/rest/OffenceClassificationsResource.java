package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.peelrms.crime.api.OffenceClassificationView;
import org.peelrms.crime.api.OffenceClassifications;
import org.peelrms.kernel.Roles;

/**
 * {@code /api/v1/crime/classifications}: the Home Office offence classifications crimes are recorded
 * under. Everyone who records crime reads them; administrators add and retire them.
 */
@Path("v1/crime/classifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OffenceClassificationsResource {

    /** A classification to add. */
    public record NewClassification(String code, String name, String category) {
    }

    @EJB
    private OffenceClassifications classifications;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR, Roles.ADMIN})
    public List<OffenceClassificationView> inUse() {
        return classifications.inUse();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NewClassification classification) {
        if (classification == null) {
            throw new IllegalArgumentException("Give the code, name and category.");
        }
        classifications.add(classification.code(), classification.name(), classification.category());
        return Response.status(Response.Status.CREATED).build();
    }

    /** Retires a classification: no new crimes under it; those recorded keep it. */
    @POST
    @Path("{code}/retire")
    @RolesAllowed(Roles.ADMIN)
    public Response retire(@PathParam("code") String code) {
        classifications.retire(code);
        return Response.noContent().build();
    }
}
