package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.NameSearch;
import org.peelrms.restriction.api.SensitiveOptions;

/**
 * {@code /api/v1/name-search/options}: the name search's options and which are marked sensitive (a
 * search using one asks for a reason); administrators mark them.
 */
@Path("v1/name-search/options")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR, Roles.ADMIN})
public class SensitiveOptionsResource {

    public record Option(String option, boolean sensitive) {
    }

    public record Marking(Boolean sensitive) {
    }

    @EJB
    private SensitiveOptions options;

    @GET
    public List<Option> all() {
        Set<String> sensitive = options.sensitive(SensitiveOptions.NAME_SEARCH);
        return NameSearch.OPTIONS.stream().map(o -> new Option(o, sensitive.contains(o))).toList();
    }

    /** {@code PUT /{option}}: {@code {"sensitive":true}} or false. */
    @PUT
    @Path("{option}")
    @RolesAllowed(Roles.ADMIN)
    public List<Option> mark(@PathParam("option") String option, Marking marking) {
        if (!NameSearch.OPTIONS.contains(option)) {
            throw new IllegalArgumentException("The name search has no option '" + option + "'; it has "
                    + String.join(", ", NameSearch.OPTIONS) + ".");
        }
        if (marking == null || marking.sensitive() == null) {
            throw new IllegalArgumentException("Say whether the option is sensitive: {\"sensitive\":true} or false.");
        }
        options.mark(SensitiveOptions.NAME_SEARCH, option, marking.sensitive());
        return all();
    }
}
