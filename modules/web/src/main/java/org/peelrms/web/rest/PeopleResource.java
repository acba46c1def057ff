package org.peelrms.web.rest;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.NameSearch;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.nominal.api.PersonHit;
import org.peelrms.nominal.api.People;
import org.peelrms.nominal.api.PersonDetails;
import org.peelrms.nominal.api.PersonRecord;
import org.peelrms.nominal.api.Sex;

/**
 * {@code /api/v1/nominals}: people on file, for the operational roles; search hits say when each person
 * was reported missing. Every call is audited.
 */
@Path("v1/nominals")
@RequestScoped
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class PeopleResource {

    /** The answer to a search: results best first, credible matches only. */
    public record SearchResults(List<Result> results) {
    }

    /**
     * One result as external evaluations read it; {@code ref} is the reference given at import;
     * {@code missingEpisodes} the days the person was reported missing, oldest first.
     */
    public record Result(String ref, long id, double score, String name, LocalDate dob, List<String> explanation,
            List<String> markers, List<LocalDate> missingEpisodes) {
    }

    @Inject
    private StatedReason reason;

    @EJB
    private PeopleIndex index;

    @EJB
    private People people;

    /**
     * {@code GET /api/v1/nominals/search?surname=&forenames=&dob=&sex=&limit=}: dob is yyyy-mm-dd,
     * sex M, F or U; marks words describing an identifying mark; only surname is required; at most
     * limit (default 10, at most 100) results. A search with an option marked sensitive needs a
     * {@code reason} (query parameter or {@code X-Peel-Reason} header), else 428.
     */
    @RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR, Roles.READ_ONLY})
    @GET
    @Path("search")
    @Produces(MediaType.APPLICATION_JSON)
    public SearchResults search(@QueryParam("surname") String surname, @QueryParam("forenames") String forenames,
            @QueryParam("dob") String dob, @QueryParam("sex") String sex,
            @QueryParam("limit") @DefaultValue("10") int limit, @QueryParam("marks") String marks) {
        NameSearch search = new NameSearch(surname, forenames, date(dob), null,
                sex == null || sex.isBlank() ? null : Sex.fromCode(sex), limit,
                new NameSearch.Narrowing(null, null, null, null, marks));
        return results(index.find(search, reason.get()));
    }

    /** {@code GET /api/v1/nominals?q=SMYTH John 12/03/1985&limit=10}: the search box's one line. */
    @RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR, Roles.READ_ONLY})
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SearchResults searchLine(@QueryParam("q") String line, @QueryParam("limit") @DefaultValue("10") int limit) {
        return results(index.find(line, limit, reason.get()));
    }

    private SearchResults results(List<PersonHit> hits) {
        return new SearchResults(hits.stream().map(hit -> new Result(hit.reference(), hit.id(), hit.score(), hit.name(),
                hit.dateOfBirth(), hit.explanation(), hit.markers(), hit.missingEpisodes()))
                .toList());
    }

    /** {@code GET /api/v1/nominals/{id}}: one person; 404 when there is none. */
    @RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR, Roles.READ_ONLY})
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public PersonRecord person(@PathParam("id") long id) {
        return people.record(id, reason.get()).orElseThrow(() -> new NotFoundException("There is no person " + id + " on file."));
    }

    /** A correction of a person's own details, made against the version the caller read. */
    public record Correction(Integer version, String surname, String forenames, LocalDate dateOfBirth, Sex sex,
            Integer heightCm, String pncId) {
    }

    /**
     * {@code PUT /api/v1/nominals/{id}}: corrects a person's own details (all of them, as read with
     * {@code GET}, with its {@code version}); audited with each field's old and new value. 400 when the
     * details are wrong or someone else changed the person since that version; 404 when there is none.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public PersonRecord correct(@PathParam("id") long id, Correction correction) {
        if (correction == null || correction.version() == null) {
            throw new IllegalArgumentException("Send the person's details with the version you read (GET it first).");
        }
        person(id);
        people.change(id, correction.version(), new PersonDetails(correction.surname(), correction.forenames(),
                correction.dateOfBirth(), correction.sex(), correction.heightCm(), correction.pncId()));
        return person(id);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("dob must be a date written yyyy-mm-dd, not '" + text + "'");
        }
    }
}
