package org.peelrms.casefile.internal;

import org.peelrms.kernel.RecordType;
import org.peelrms.kernel.RecordRef;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.casefile.api.CaseFileSummary;
import org.peelrms.casefile.api.CaseFileView;
import org.peelrms.casefile.api.CaseFiles;
import org.peelrms.casefile.api.FileStatus;
import org.peelrms.casefile.api.Form;
import org.peelrms.casefile.api.FormText;
import org.peelrms.casefile.api.Movement;
import org.peelrms.casefile.api.NewCaseFile;
import org.peelrms.casefile.api.NewExhibit;
import org.peelrms.casefile.api.PartyRole;
import org.peelrms.crime.api.CrimeView;
import org.peelrms.crime.api.Crimes;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Require;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.People;
import org.peelrms.nominal.api.PersonReference;
import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.staff.api.StaffAccounts;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;

/**
 * Case files with standard JPA; each action audited in the same transaction, with the fields it changed
 * for the file's history. A restricted file (ADR 0019) is admitted on every open by id (page, REST, PDF),
 * refused as "no such file" on a write by a caller it is hidden from, and left out of every list.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class JpaCaseFiles implements CaseFiles {

    @PersistenceContext(unitName = "casefile")
    private EntityManager entityManager;

    @EJB
    private RecordWrites writes;

    @EJB
    private People people;

    @EJB
    private Crimes crimes;

    @EJB
    private RecordAccess access;

    @EJB
    private StaffAccounts staff;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    @Override
    public long open(NewCaseFile request) {
        Require.present(request, "There is no file to open.");
        Stamp stamp = stamp();
        staff.requireAccount(request.officerInCase(), "officer in the case");
        staff.requireAccount(request.supervisor(), "supervisor");
        String officer = request.officerInCase() == null || request.officerInCase().isBlank() ? stamp.user() : request.officerInCase();
        CaseFile file = new CaseFile(FileNumbers.next(entityManager, stamp.at().getYear()), request.type(), officer,
                request.supervisor(), stamp);
        for (Long crimeId : request.crimeIds() == null ? List.<Long>of() : request.crimeIds()) {
            CrimeView crime = crime(crimeId);
            file.linkCrime(crime.id(), crime.number());
        }
        for (Long personId : request.suspectPersonIds() == null ? List.<Long>of() : request.suspectPersonIds()) {
            PersonReference suspect = person(personId);
            file.linkPerson(suspect.id(), suspect.displayName(), PartyRole.SUSPECT);
        }
        entityManager.persist(file);
        entityManager.flush();
        writes.created(RecordRef.of(RecordType.CASE_FILE, file.id()), Change.of(file.reference() + ", " + file.type().label()
                + ", officer in the case " + file.officerInCase() + (file.supervisor() == null ? "" : ", supervisor " + file.supervisor())
                + "; crimes " + file.crimes().stream().map(c -> "crime " + c.crimeId()).toList()
                + "; suspects " + file.people().stream().map(p -> "person " + p.personId()).toList(), FileChanges.opened(file))
                .naming(FileChanges.named(file)));
        return file.id();
    }

    @Override
    public Optional<CaseFileView> view(long id) {
        return view(id, null);
    }

    @Override
    public Optional<CaseFileView> view(long id, String reason) {
        return reads().view(id, reason);
    }

    @Override
    public Optional<CaseFileView> view(String reference) {
        return view(reference, null);
    }

    @Override
    public Optional<CaseFileView> view(String reference, String reason) {
        return reads().view(reference, reason);
    }

    @Override
    public void linkCrime(long fileId, long crimeId) {
        CaseFile file = reads().existing(fileId);
        CrimeView crime = crime(crimeId);
        file.linkCrime(crime.id(), crime.number());
        writes.changed(RecordRef.of(RecordType.CASE_FILE, fileId), Change.of("crime " + crime.id() + " linked",
                List.of(FieldChange.of("crime linked", null, "crime " + crime.id())))
                .naming(RecordRef.of(RecordType.CRIME, crime.id())));
    }

    @Override
    public void linkPerson(long fileId, long personGiven, PartyRole role) {
        CaseFile file = reads().existing(fileId);
        Require.present(role, "Say whether the person is a suspect, a defendant or a witness.");
        PersonReference party = person(personGiven);
        if (file.linkPerson(party.id(), party.displayName(), role)) {
            writes.changed(RecordRef.of(RecordType.CASE_FILE, fileId), Change.of("person " + party.id() + " linked as "
                    + role.label().toLowerCase(), List.of(FileChanges.person(role.label().toLowerCase(), party.id())))
                    .naming(RecordRef.person(party.id())));
        }
    }

    @Override
    public long writeForm(long fileId, FormText asked) {
        CaseFile file = reads().existing(fileId);
        Require.present(asked, "There is no form to write.");
        PersonReference named = asked.personId() == null ? null : person(asked.personId());
        FormText text = named == null ? asked : new FormText(asked.form(), named.id(), asked.text());
        FileForm before = text.form() == null ? null : file.form(text.form(), text.personId()).orElse(null);
        boolean signedBefore = before != null && before.signedBy() != null;
        FileForm form = file.writeForm(text.form(), text.personId(), named == null ? null : named.displayName(), text.text(), stamp());
        entityManager.flush();
        String person = text.personId() == null ? "" : " (person " + text.personId() + ")";
        writes.changed(RecordRef.of(RecordType.CASE_FILE, fileId), Change.of(text.form() + " written" + person,
                List.of(FileChanges.form(text.form() + person, before, signedBefore)))
                .naming(text.personId() == null ? null : RecordRef.person(text.personId())));
        return form.id();
    }

    @Override
    public void signForm(long fileId, long formId, LocalDate signedOn) {
        CaseFile file = reads().existing(fileId);
        Workflow.contentsOpen(file);
        FileForm form = file.formById(formId);
        form.signAlone(signedOn, stamp());
        String which = form.form() + (form.personId() == null ? "" : " (person " + form.personId() + ")");
        String signer = form.form() == Form.MG11 ? "the witness" : form.signedBy();
        writes.changed(RecordRef.of(RecordType.CASE_FILE, fileId), Change.of(which + " signed by " + signer,
                List.of(FieldChange.of(which + " signed by", null, signer)))
                .naming(form.personId() == null ? null : RecordRef.person(form.personId())));
    }

    @Override
    public long addExhibit(long fileId, NewExhibit exhibit) {
        CaseFile file = reads().existing(fileId);
        Exhibit added = file.addExhibit(new Exhibit(file, exhibit, stamp()));
        entityManager.flush();
        writes.changed(RecordRef.of(RecordType.CASE_FILE, fileId), FileChanges.exhibitAdded(added));
        return added.id();
    }

    @Override
    public long recordMovement(long fileId, long exhibitId, Movement movement) {
        CaseFile file = reads().existing(fileId);
        Exhibit exhibit = file.exhibit(exhibitId);
        List<ContinuityEntry> entries = exhibit.continuity();
        String heldBefore = entries.isEmpty() ? null : entries.get(entries.size() - 1).heldBy();
        ContinuityEntry entry = exhibit.record(movement, stamp());
        entityManager.flush();
        writes.changed(RecordRef.of(RecordType.CASE_FILE, fileId), FileChanges.moved(exhibit, heldBefore, entry));
        return entry.id();
    }

    @Override
    public void submitForCheck(long fileId) {
        stage(fileId, file -> file.submitForCheck(stamp()), file -> "submitted to a supervisor for checking", null, null);
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public void approve(long fileId, String note) {
        stage(fileId, file -> file.approve(note, stamp()), file -> "approved; MG5 certified", "approval note", file -> note);
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public void returnToOfficer(long fileId, String feedback) {
        stage(fileId, file -> file.returnToOfficer(feedback, stamp()),
                file -> "returned to the officer: " + feedback.strip(), "feedback", file -> feedback);
    }

    @Override
    public void submitToCps(long fileId) {
        stage(fileId, file -> file.submitToCps(stamp()), file -> "submitted to the CPS", null, null);
    }

    @Override
    public void recordChargingDecision(long fileId, String decision) {
        stage(fileId, file -> file.recordChargingDecision(decision, stamp()), file -> "charging decision recorded",
                "charging decision", CaseFile::chargingDecision);
    }

    @Override
    public void listAtCourt(long fileId, String court, LocalDate hearingDate) {
        stage(fileId, file -> file.listAtCourt(court, hearingDate, stamp()),
                file -> "at court: " + file.court() + ", " + hearingDate, "court", file -> file.court() + ", " + hearingDate);
    }

    @Override
    public void recordOutcome(long fileId, String outcome) {
        stage(fileId, file -> file.recordOutcome(outcome, stamp()), file -> "outcome recorded", "outcome",
                CaseFile::outcome);
    }

    @Override
    public List<CaseFileSummary> mine() {
        return reads().mine(stamp().user());
    }

    @Override
    public List<CaseFileSummary> awaitingCheck() {
        return reads().awaitingCheck(stamp().user());
    }

    @Override
    public List<CaseFileSummary> ofPerson(long personId) {
        return reads().ofPerson(personId);
    }

    @Override
    public byte[] formPdf(long fileId, Form form, String reason) {
        return reads().formPdf(fileId, form, reason);
    }

    @Override
    public byte[] bundlePdf(long fileId, String reason) {
        return reads().bundlePdf(fileId, reason);
    }

    /**
     * Moves the file on a stage and audits it: what was done (worded from the file afterwards), the status before and
     * after, and the note the stage keeps ({@code noteField}, or none when null).
     */
    private void stage(long fileId, Consumer<CaseFile> step, Function<CaseFile, String> summary, String noteField,
            Function<CaseFile, Object> note) {
        CaseFile file = reads().existing(fileId);
        FileStatus before = file.status();
        step.accept(file);
        writes.changed(RecordRef.of(RecordType.CASE_FILE, file.id()), Change.of(summary.apply(file),
                FileChanges.stage(before, file.status(), noteField, note == null ? null : note.apply(file))));
    }

    private FileReads reads() {
        return new FileReads(entityManager, access, writes, clock);
    }

    private CrimeView crime(Long id) {
        Require.present(id, "Give the crime's id.");
        return crimes.crime(id).orElseThrow(() -> new InvalidInput("There is no crime " + id + "."));
    }

    private PersonReference person(long id) {
        return people.reference(id, null).orElseThrow(() -> new InvalidInput("There is no person " + id
                + " on the people index; search for them, or put them on file first."));
    }

    private Stamp stamp() {
        return new Stamp(Callers.nameOf(session.getCallerPrincipal()), FileTime.now(clock), session.isCallerInRole(Roles.SUPERVISOR));
    }

    @Override
    @PermitAll
    public boolean exists(long id) {
        return entityManager.find(CaseFile.class, id) != null;
    }
}
