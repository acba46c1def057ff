package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.peelrms.audit.api.HistoryEntry;
import org.peelrms.audit.api.RecordHistory;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;
import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.kernel.Roles;
import org.peelrms.web.records.RecordModules;

/**
 * {@code GET /api/v1/history/{recordType}/{id}}: one record's change history (who, when, what, the
 * fields' old and new values), oldest first. The record is opened first through its own module, as
 * its own call would (so the same roles, a 404 if there is none or it is restricted and hidden from the
 * caller, 428 without {@code ?reason=} if they are on its list, and the view is audited); entries naming a
 * record hidden from the caller are withheld by the audit module, from the records each entry names (ADR 0040).
 */
@Path("v1/history")
@RequestScoped
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class RecordHistoryResource {

    /** A record's history. */
    public record History(String recordType, long recordId, List<HistoryEntry> entries) {
    }

    @EJB
    private RecordHistory history;

    @Inject
    private RecordModules records;

    @EJB
    private RecordAccess access;

    @Inject
    private StatedReason reason;

    @GET
    @Path("{recordType}/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public History of(@PathParam("recordType") String recordType, @PathParam("id") long id) {
        RecordRef record = RecordRef.of(records.type(recordType), id);
        if (!records.open(record, reason.get())) {
            throw new NotFoundException("There is no " + record.label() + ".");
        }
        return new History(record.type().name(), id, history.of(record, access.hidden(RecordType.values())::contains));
    }
}
