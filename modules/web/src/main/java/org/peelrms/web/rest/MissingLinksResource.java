package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;
import org.peelrms.missingpersons.api.CaseLinks;
import org.peelrms.missingpersons.api.CaseView;
import org.peelrms.missingpersons.api.MissingPersons;

/**
 * {@code POST /api/v1/missing/cases/{id}/links}: links a person on the people index
 * ({@code {"personId":…,"relationship":"mother"}}) or a place ({@code {"place":…,"relationship":…}})
 * to a case; answers with the case. For the operational roles; audited by the module.
 */
@Path("v1/missing/cases/{id}/links")
@RequestScoped
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MissingLinksResource {

    /** Either a person's id or a place, and how they are linked. */
    public record NewLink(Long personId, String place, String relationship) {
    }

    @EJB
    private CaseLinks links;

    @EJB
    private MissingPersons missing;

    @POST
    public CaseView link(@PathParam("id") long id, NewLink link) {
        if (link == null || (link.personId() == null) == (link.place() == null)) {
            throw new InvalidInput("Give either personId (someone on the people index) or place, not both.");
        }
        if (link.personId() != null) {
            links.linkPerson(id, link.personId(), link.relationship());
        } else {
            links.linkPlace(id, link.place(), link.relationship());
        }
        return missing.view(id).orElseThrow(() -> new NotFoundException("There is no missing person case " + id + "."));
    }
}
