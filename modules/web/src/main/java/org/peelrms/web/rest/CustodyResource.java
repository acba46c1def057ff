package org.peelrms.web.rest;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.peelrms.custody.api.BoardRow;
import org.peelrms.custody.api.Correction;
import org.peelrms.custody.api.CustodyRecordView;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.custody.api.CustodySummary;
import org.peelrms.custody.api.NewBooking;
import org.peelrms.custody.api.NewDisposal;
import org.peelrms.custody.api.NewEntry;
import org.peelrms.custody.api.NewExtension;
import org.peelrms.custody.api.NewReview;
import org.peelrms.custody.api.NewWarrant;
import org.peelrms.kernel.Roles;

/**
 * {@code /api/v1/custody}: custody records on the PACE clock, for the operational roles to read;
 * booking in, entries, warrants and disposals for custody officers (and supervisors); reviews and
 * extensions for supervisors. Entries are only ever added: there is no call that changes or removes
 * one (PUT and DELETE answer 405). Every call is audited by the module.
 */
@Path("v1/custody")
@RequestScoped
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustodyResource {

    /** Everyone in custody now, the most urgent first. */
    public record Board(List<BoardRow> detainees) {
    }

    /** A person's custody history. */
    public record History(long personId, List<CustodySummary> records) {
    }

    /** The id of what was added, and the record as it now stands. */
    public record Added(long entryId, CustodyRecordView record) {
    }

    @Inject
    private StatedReason reason;

    @EJB
    private CustodyRecords custody;

    /** {@code POST /records}: books a person in; 201 with the record, Location its address. */
    @POST
    @Path("records")
    @RolesAllowed({Roles.CUSTODY_OFFICER, Roles.SUPERVISOR})
    public Response bookIn(NewBooking booking) {
        long id = custody.bookIn(booking, reason.get());
        return Response.created(URI.create("v1/custody/records/" + id)).entity(record(id)).build();
    }

    /** {@code GET /records/{id}}: the record, its clock, visits and entries; 404 when there is none. */
    @GET
    @Path("records/{id}")
    public CustodyRecordView record(@PathParam("id") long id) {
        return custody.record(id, reason.get()).orElseThrow(() -> new NotFoundException("There is no custody record " + id + "."));
    }

    /** {@code GET /records?personId=}: a person's custody history, newest first. */
    @GET
    @Path("records")
    public History history(@QueryParam("personId") Long personId) {
        if (personId == null) {
            throw new IllegalArgumentException("personId is required: the id of a person on the people index");
        }
        return new History(personId, custody.historyOf(personId));
    }

    /** {@code GET /board}: the custody board. */
    @GET
    @Path("board")
    public Board board() {
        return new Board(custody.board());
    }

    @POST
    @Path("records/{id}/entries")
    @RolesAllowed({Roles.CUSTODY_OFFICER, Roles.SUPERVISOR})
    public Response addEntry(@PathParam("id") long id, NewEntry entry) {
        return added(id, custody.addEntry(id, entry));
    }

    /**
     * {@code PUT} and {@code DELETE /records/{id}/entries/{entryId}}: 405. An entry is never changed or
     * removed; a mistake is put right by a correction, which keeps the entry as written.
     */
    @PUT
    @Path("records/{id}/entries/{entryId}")
    public Response change(@PathParam("id") long id, @PathParam("entryId") long entryId) {
        return entriesAreKept();
    }

    @DELETE
    @Path("records/{id}/entries/{entryId}")
    public Response remove(@PathParam("id") long id, @PathParam("entryId") long entryId) {
        return entriesAreKept();
    }

    private static Response entriesAreKept() {
        Response refused = ApiError.response(Response.Status.METHOD_NOT_ALLOWED, "A custody entry is never changed or"
                + " removed. To put a mistake right, add a correction: POST …/entries/{entryId}/corrections with"
                + " {\"text\",\"occurredAt\",\"reason\"}.");
        return Response.fromResponse(refused).header("Allow", "POST").build();
    }

    @POST
    @Path("records/{id}/entries/{entryId}/corrections")
    @RolesAllowed({Roles.CUSTODY_OFFICER, Roles.SUPERVISOR})
    public Response correct(@PathParam("id") long id, @PathParam("entryId") long entryId, Correction correction) {
        return added(id, custody.correct(id, entryId, correction));
    }

    @POST
    @Path("records/{id}/reviews")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response review(@PathParam("id") long id, NewReview review) {
        return added(id, custody.review(id, review));
    }

    @POST
    @Path("records/{id}/extensions")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response extend(@PathParam("id") long id, NewExtension extension) {
        return added(id, custody.extend(id, extension));
    }

    @POST
    @Path("records/{id}/warrants")
    @RolesAllowed({Roles.CUSTODY_OFFICER, Roles.SUPERVISOR})
    public Response warrant(@PathParam("id") long id, NewWarrant warrant) {
        return added(id, custody.warrant(id, warrant));
    }

    @POST
    @Path("records/{id}/disposal")
    @RolesAllowed({Roles.CUSTODY_OFFICER, Roles.SUPERVISOR})
    public Response dispose(@PathParam("id") long id, NewDisposal disposal) {
        return added(id, custody.dispose(id, disposal));
    }

    private Response added(long recordId, long entryId) {
        return Response.status(Response.Status.CREATED).entity(new Added(entryId, record(recordId))).build();
    }
}
