package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.MergeField;
import org.peelrms.nominal.api.MergePreview;
import org.peelrms.nominal.api.MergeRequest;
import org.peelrms.nominal.api.MergeView;
import org.peelrms.nominal.api.PersonMerges;

/**
 * Merging two records of one person, and undoing it (issue 18, ADR 0045), for administrators (the duplicate queue's
 * reviewers, ADR 0044): {@code GET /api/v1/nominals/merges/preview?survivor=&mergedAway=&reason=},
 * {@code POST /api/v1/nominals/merges} (201 with the merge), {@code GET /api/v1/nominals/merges?first=&max=},
 * {@code GET /api/v1/nominals/merges/{id}} and {@code POST /api/v1/nominals/merges/{id}/undo {"reason"}}. A person
 * hidden from the caller is a 404, as one not on file; a restricted person on whose list the caller is needs the
 * reason (the body's, or the {@code reason} parameter for the preview).
 */
@Path("v1/nominals/merges")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class MergesResource {

    /** A reviewer's merge, with the versions read in the preview and, for each conflict, which record's value to keep. */
    public record Merge(Long survivorId, Integer survivorVersion, Long mergedAwayId, Integer mergedAwayVersion,
            List<MergeField> keepFromSurvivor, List<MergeField> keepFromMergedAway, String reason) {
    }

    /** Why a merge is being undone. */
    public record Undo(String reason) {
    }

    /** A page of merges, newest first. */
    public record MergesPage(int first, List<MergeView> merges) {
    }

    @EJB
    private PersonMerges merges;

    @Inject
    private StatedReason reason;

    @GET
    @Path("preview")
    public MergePreview preview(@QueryParam("survivor") Long survivor, @QueryParam("mergedAway") Long mergedAway) {
        if (survivor == null || mergedAway == null) {
            throw new IllegalArgumentException("Give both people: survivor and mergedAway (their ids).");
        }
        return merges.preview(survivor, mergedAway, reason.get()).orElseThrow(() -> new NotFoundException(
                "Person " + survivor + " or person " + mergedAway + " is not on file (or has been merged away)."));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response merge(Merge merge, @Context UriInfo uri) {
        if (merge == null || merge.survivorId() == null || merge.mergedAwayId() == null
                || merge.survivorVersion() == null || merge.mergedAwayVersion() == null) {
            throw new IllegalArgumentException("Give survivorId, survivorVersion, mergedAwayId and mergedAwayVersion,"
                    + " as the preview showed them.");
        }
        MergeView done = merges.merge(new MergeRequest(merge.survivorId(), merge.survivorVersion(), merge.mergedAwayId(),
                merge.mergedAwayVersion(), set(merge.keepFromSurvivor()), set(merge.keepFromMergedAway()), merge.reason()))
                .orElseThrow(() -> new NotFoundException("Person " + merge.survivorId() + " or person "
                        + merge.mergedAwayId() + " is not on file."));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(done.id())).build()).entity(done).build();
    }

    @GET
    public MergesPage recent(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        return new MergesPage(first, merges.recent(first, max));
    }

    @GET
    @Path("{id}")
    public MergeView merge(@PathParam("id") long id) {
        return merges.find(id).orElseThrow(() -> new NotFoundException("There is no merge " + id + "."));
    }

    @POST
    @Path("{id}/undo")
    @Consumes(MediaType.APPLICATION_JSON)
    public MergeView undo(@PathParam("id") long id, Undo undo) {
        return merges.unmerge(id, undo == null ? null : undo.reason())
                .orElseThrow(() -> new NotFoundException("There is no merge " + id + "."));
    }

    private static Set<MergeField> set(List<MergeField> fields) {
        return fields == null ? Set.of() : Set.copyOf(fields);
    }
}
