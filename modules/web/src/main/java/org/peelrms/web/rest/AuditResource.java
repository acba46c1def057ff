package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.peelrms.audit.api.AuditAction;
import org.peelrms.audit.api.AuditEntries;
import org.peelrms.audit.api.AuditEntryView;
import org.peelrms.audit.api.AuditQuery;
import org.peelrms.kernel.Roles;

/**
 * {@code GET /api/v1/audit/entries?user=&recordType=&recordId=&action=&from=&to=&first=&max=}: the
 * audit log for auditors, newest first. Dates are yyyy-mm-dd; the period includes both days.
 */
@Path("v1/audit/entries")
@RequestScoped
@RolesAllowed(Roles.AUDITOR)
public class AuditResource {

    /** One page of entries and how many match in all. */
    public record EntriesPage(long total, int first, List<AuditEntryView> entries) {
    }

    @EJB
    private AuditEntries entries;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public EntriesPage find(@QueryParam("user") String user, @QueryParam("recordType") String recordType,
            @QueryParam("recordId") String recordId, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("100") int max) {
        AuditQuery query = new AuditQuery(user, recordType, recordId, action(action), QueryDates.optional("from", from),
                QueryDates.optional("to", to));
        return new EntriesPage(entries.count(query), first, entries.find(query, first, max));
    }

    private static AuditAction action(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(name.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("action must be one of " + List.of(AuditAction.values()));
        }
    }
}
