package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.peelrms.casefile.api.CaseFileSummary;
import org.peelrms.casefile.api.CaseFileView;
import org.peelrms.casefile.api.CaseFiles;
import org.peelrms.casefile.api.Form;
import org.peelrms.casefile.api.FormText;
import org.peelrms.casefile.api.Movement;
import org.peelrms.casefile.api.NewCaseFile;
import org.peelrms.casefile.api.NewExhibit;
import org.peelrms.casefile.api.PartyRole;
import org.peelrms.kernel.Roles;

/**
 * {@code /api/v1/casefiles}: case files from the draft to the court's outcome, for the operational roles
 * (approving and returning: supervisors who did not prepare the file). Continuity entries are only ever
 * added (PUT and DELETE answer 405). Every call is audited by the module. A restricted file (ADR 0019)
 * answers 404 to a caller it is hidden from, and 428 to one on its list who gives no {@code ?reason=}
 * (or {@code X-Peel-Reason}); its PDFs likewise.
 */
@Path("v1/casefiles")
@RequestScoped
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseFilesResource {

    public record CrimeLink(Long crimeId) {
    }

    public record PersonLink(Long personId, PartyRole role) {
    }

    public record Signature(LocalDate signedOn) {
    }

    public record Note(String note) {
    }

    public record Feedback(String feedback) {
    }

    public record Decision(String decision) {
    }

    public record Listing(String court, LocalDate hearingDate) {
    }

    public record Outcome(String outcome) {
    }

    public record FileList(String list, List<CaseFileSummary> files) {
    }

    /** What was added (a form, an exhibit, a continuity entry): its id, and the file as it is now. */
    public record Added(long addedId, CaseFileView file) {
    }

    @EJB
    private CaseFiles files;

    @Inject
    private StatedReason reason;

    /** {@code POST}: opens a file in draft; 201 with the file and what it still needs. */
    @POST
    public Response open(NewCaseFile file) {
        long id = files.open(file);
        return Response.created(URI.create("v1/casefiles/" + id)).entity(view(id)).build();
    }

    /** {@code GET ?list=mine|awaiting-check}, {@code ?personId=}, or {@code ?reference=CF/2026/000001}. */
    @GET
    public Object list(@QueryParam("list") String list, @QueryParam("personId") Long personId,
            @QueryParam("reference") String reference) {
        if (reference != null) {
            return files.view(reference, reason.get()).orElseThrow(() -> new NotFoundException("There is no case file " + reference + "."));
        }
        if (personId != null) {
            return new FileList("person", files.ofPerson(personId));
        }
        String which = list == null ? "mine" : list;
        return new FileList(which, switch (which) {
            case "mine" -> files.mine();
            case "awaiting-check" -> files.awaitingCheck();
            default -> throw new IllegalArgumentException("list must be mine or awaiting-check, not '" + which + "'");
        });
    }

    @GET
    @Path("{id}")
    public CaseFileView view(@PathParam("id") long id) {
        return files.view(id, reason.get()).orElseThrow(() -> new NotFoundException("There is no case file " + id + "."));
    }

    @POST
    @Path("{id}/crimes")
    public CaseFileView linkCrime(@PathParam("id") long id, CrimeLink link) {
        if (link == null || link.crimeId() == null) {
            throw new IllegalArgumentException("Give the crime's id: {\"crimeId\":…}.");
        }
        files.linkCrime(id, link.crimeId());
        return view(id);
    }

    @POST
    @Path("{id}/people")
    public CaseFileView linkPerson(@PathParam("id") long id, PersonLink link) {
        if (link == null || link.personId() == null) {
            throw new IllegalArgumentException("Give the person's id on the people index (search first): {\"personId\":…,\"role\":\"WITNESS\"}.");
        }
        files.linkPerson(id, link.personId(), link.role());
        return view(id);
    }

    /** {@code POST /{id}/forms}: writes or rewrites a form; 201 with its id and the file. */
    @POST
    @Path("{id}/forms")
    public Response writeForm(@PathParam("id") long id, FormText text) {
        long formId = files.writeForm(id, text);
        return Response.status(Response.Status.CREATED).entity(new Added(formId, view(id))).build();
    }

    @POST
    @Path("{id}/forms/{formId}/signature")
    public CaseFileView sign(@PathParam("id") long id, @PathParam("formId") long formId, Signature signature) {
        files.signForm(id, formId, signature == null ? null : signature.signedOn());
        return view(id);
    }

    @POST
    @Path("{id}/exhibits")
    public Response addExhibit(@PathParam("id") long id, NewExhibit exhibit) {
        long exhibitId = files.addExhibit(id, exhibit);
        return Response.status(Response.Status.CREATED).entity(new Added(exhibitId, view(id))).build();
    }

    /** {@code GET /{id}/exhibits/{e}/continuity}: the exhibit with its whole continuity record. */
    @GET
    @Path("{id}/exhibits/{exhibitId}/continuity")
    public CaseFileView.ExhibitView continuity(@PathParam("id") long id, @PathParam("exhibitId") long exhibitId) {
        return view(id).exhibits().stream().filter(e -> e.id() == exhibitId).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no exhibit " + exhibitId + " on case file " + id + "."));
    }

    /** {@code POST /{id}/exhibits/{e}/continuity}: adds an entry (or a correction); 201 with its id and the file. */
    @POST
    @Path("{id}/exhibits/{exhibitId}/continuity")
    public Response recordMovement(@PathParam("id") long id, @PathParam("exhibitId") long exhibitId, Movement movement) {
        long entryId = files.recordMovement(id, exhibitId, movement);
        return Response.status(Response.Status.CREATED).entity(new Added(entryId, view(id))).build();
    }

    @POST
    @Path("{id}/submit")
    public CaseFileView submitForCheck(@PathParam("id") long id) {
        files.submitForCheck(id);
        return view(id);
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.SUPERVISOR)
    public CaseFileView approve(@PathParam("id") long id, Note note) {
        files.approve(id, note == null ? null : note.note());
        return view(id);
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(Roles.SUPERVISOR)
    public CaseFileView returnToOfficer(@PathParam("id") long id, Feedback feedback) {
        files.returnToOfficer(id, feedback == null ? null : feedback.feedback());
        return view(id);
    }

    @POST
    @Path("{id}/cps")
    public CaseFileView submitToCps(@PathParam("id") long id) {
        files.submitToCps(id);
        return view(id);
    }

    @POST
    @Path("{id}/charging-decision")
    public CaseFileView chargingDecision(@PathParam("id") long id, Decision decision) {
        files.recordChargingDecision(id, decision == null ? null : decision.decision());
        return view(id);
    }

    @POST
    @Path("{id}/court")
    public CaseFileView court(@PathParam("id") long id, Listing listing) {
        files.listAtCourt(id, listing == null ? null : listing.court(), listing == null ? null : listing.hearingDate());
        return view(id);
    }

    @POST
    @Path("{id}/outcome")
    public CaseFileView outcome(@PathParam("id") long id, Outcome outcome) {
        files.recordOutcome(id, outcome == null ? null : outcome.outcome());
        return view(id);
    }

    /** {@code GET /{id}/forms/MG11/pdf}: one form as a PDF (audited as an export). */
    @GET
    @Path("{id}/forms/{form}/pdf")
    @Produces("application/pdf")
    public Response formPdf(@PathParam("id") long id, @PathParam("form") String form) {
        Form which;
        try {
            which = Form.valueOf(form.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("There is no form '" + form + "'; the forms are MG3, MG5, MG6C, MG6D, MG9, MG11, MG12 and MG15.");
        }
        return pdf(files.formPdf(id, which, reason.get()), "casefile-" + id + "-" + which + ".pdf");
    }

    /** {@code GET /{id}/pdf}: the whole file as one PDF bundle (audited as an export). */
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response bundlePdf(@PathParam("id") long id) {
        return pdf(files.bundlePdf(id, reason.get()), "casefile-" + id + ".pdf");
    }

    private static Response pdf(byte[] pdf, String name) {
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
