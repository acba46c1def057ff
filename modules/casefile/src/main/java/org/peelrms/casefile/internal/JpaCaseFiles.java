package org.peelrms.casefile.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.casefile.api.CaseFileSummary;
import org.peelrms.casefile.api.CaseFileView;
import org.peelrms.casefile.api.CaseFiles;
import org.peelrms.casefile.api.Form;
import org.peelrms.casefile.api.FormText;
import org.peelrms.casefile.api.Movement;
import org.peelrms.casefile.api.NewCaseFile;
import org.peelrms.casefile.api.NewExhibit;
import org.peelrms.casefile.api.PartyRole;
import org.peelrms.casefile.api.RecordTypes;
import org.peelrms.crime.api.CrimeView;
import org.peelrms.crime.api.Crimes;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Require;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.People;
import org.peelrms.nominal.api.PersonRecord;

/** Case files with standard JPA; each action audited in the same transaction. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class JpaCaseFiles implements CaseFiles {

    @PersistenceContext(unitName = "casefile")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    @EJB
    private People people;

    @EJB
    private Crimes crimes;

    @Resource
    private SessionContext session;

    @Override
    public long open(NewCaseFile request) {
        Require.present(request, "There is no file to open.");
        Stamp stamp = stamp();
        String officer = request.officerInCase() == null || request.officerInCase().isBlank() ? stamp.user() : request.officerInCase();
        CaseFile file = new CaseFile(FileNumbers.next(entityManager, stamp.at().getYear()), request.type(), officer,
                request.supervisor(), stamp);
        for (Long crimeId : request.crimeIds() == null ? List.<Long>of() : request.crimeIds()) {
            CrimeView crime = crime(crimeId);
            file.linkCrime(crime.id(), crime.number());
        }
        for (Long personId : request.suspectPersonIds() == null ? List.<Long>of() : request.suspectPersonIds()) {
            file.linkPerson(personId, person(personId).displayName(), PartyRole.SUSPECT);
        }
        entityManager.persist(file);
        entityManager.flush();
        audit.record(AuditEvent.created(RecordTypes.CASE_FILE, file.id(), file.reference() + ", " + file.type().label()
                + ", officer in the case " + file.officerInCase() + (file.supervisor() == null ? "" : ", supervisor " + file.supervisor())
                + "; crimes " + file.crimes().stream().map(FileCrime::number).toList()
                + "; suspects " + file.people().stream().map(FileParty::personId).toList()));
        return file.id();
    }

    @Override
    public Optional<CaseFileView> view(long id) {
        CaseFile file = entityManager.find(CaseFile.class, id);
        audit.record(file == null ? AuditEvent.accessDenied(RecordTypes.CASE_FILE, id, "asked for a case file that does not exist")
                : AuditEvent.viewed(RecordTypes.CASE_FILE, id));
        return Optional.ofNullable(file).map(f -> Views.of(f, FileTime.now()));
    }

    @Override
    public Optional<CaseFileView> view(String reference) {
        Optional<CaseFile> file = queries().byReference(reference);
        audit.record(file.isEmpty() ? AuditEvent.searched(RecordTypes.CASE_FILE, "file reference " + reference, 0)
                : AuditEvent.viewed(RecordTypes.CASE_FILE, file.get().id()));
        return file.map(f -> Views.of(f, FileTime.now()));
    }

    @Override
    public void linkCrime(long fileId, long crimeId) {
        CaseFile file = existing(fileId);
        CrimeView crime = crime(crimeId);
        file.linkCrime(crime.id(), crime.number());
        audit.record(AuditEvent.changed(RecordTypes.CASE_FILE, fileId, "crime " + crime.number() + " linked"));
    }

    @Override
    public void linkPerson(long fileId, long personId, PartyRole role) {
        CaseFile file = existing(fileId);
        Require.present(role, "Say whether the person is a suspect, a defendant or a witness.");
        if (file.linkPerson(personId, person(personId).displayName(), role)) {
            audit.record(AuditEvent.changed(RecordTypes.CASE_FILE, fileId, "person " + personId + " linked as " + role.label().toLowerCase()));
        }
    }

    @Override
    public long writeForm(long fileId, FormText text) {
        CaseFile file = existing(fileId);
        Require.present(text, "There is no form to write.");
        String name = text.personId() == null ? null : person(text.personId()).displayName();
        FileForm form = file.writeForm(text.form(), text.personId(), name, text.text(), stamp());
        entityManager.flush();
        audit.record(AuditEvent.changed(RecordTypes.CASE_FILE, fileId, text.form() + " written"
                + (name == null ? "" : " (" + name + ", person " + text.personId() + ")")));
        return form.id();
    }

    @Override
    public void signForm(long fileId, long formId, LocalDate signedOn) {
        CaseFile file = existing(fileId);
        Workflow.contentsOpen(file);
        FileForm form = file.formById(formId);
        Stamp stamp = stamp();
        switch (form.form()) {
            case MG11 -> {
                OffsetDateTime at = signedOn == null ? stamp.at() : signedOn.atStartOfDay(FileTime.UK).toOffsetDateTime();
                Require.that(!at.isAfter(stamp.at()), "A statement cannot be signed in the future.");
                form.sign(form.personName(), at);
            }
            case MG6C, MG6D -> form.sign(stamp.user(), stamp.at());
            case MG5 -> throw new InvalidInput("The MG5 is certified by a supervisor when they approve the file.");
            default -> throw new InvalidInput(form.form() + " is not signed on its own.");
        }
        audit.record(AuditEvent.changed(RecordTypes.CASE_FILE, fileId, form.form() + " signed by " + form.signedBy()));
    }

    @Override
    public long addExhibit(long fileId, NewExhibit exhibit) {
        CaseFile file = existing(fileId);
        Exhibit added = file.addExhibit(new Exhibit(file, exhibit, stamp()));
        entityManager.flush();
        audit.record(AuditEvent.changed(RecordTypes.CASE_FILE, fileId, "exhibit " + added.reference() + " added ("
                + added.description() + "), seized by " + added.seizedBy()));
        return added.id();
    }

    @Override
    public long recordMovement(long fileId, long exhibitId, Movement movement) {
        CaseFile file = existing(fileId);
        Exhibit exhibit = file.exhibit(exhibitId);
        ContinuityEntry entry = exhibit.record(movement, stamp());
        entityManager.flush();
        audit.record(AuditEvent.changed(RecordTypes.CASE_FILE, fileId, "exhibit " + exhibit.reference() + ": "
                + (entry.correctsId() == null ? "" : "correction of entry " + entry.correctsId() + " (" + entry.reason() + "); ")
                + "held by " + entry.heldBy() + " from " + entry.heldFrom() + " at " + entry.storedAt()));
        return entry.id();
    }

    @Override
    public void submitForCheck(long fileId) {
        CaseFile file = existing(fileId);
        file.submitForCheck(stamp());
        audit.record(AuditEvent.changed(RecordTypes.CASE_FILE, fileId, "submitted to a supervisor for checking"));
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public void approve(long fileId, String note) {
        CaseFile file = existing(fileId);
        file.approve(note, stamp());
        audit.record(AuditEvent.changed(RecordTypes.CASE_FILE, fileId, "approved; MG5 certified"));
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public void returnToOfficer(long fileId, String feedback) {
        CaseFile file = existing(fileId);
        file.returnToOfficer(feedback, stamp());
        audit.record(AuditEvent.changed(RecordTypes.CASE_FILE, fileId, "returned to the officer: " + feedback.strip()));
    }

    @Override
    public void submitToCps(long fileId) {
        CaseFile file = existing(fileId);
        file.submitToCps(stamp());
        audit.record(AuditEvent.changed(RecordTypes.CASE_FILE, fileId, "submitted to the CPS"));
    }

    @Override
    public void recordChargingDecision(long fileId, String decision) {
        CaseFile file = existing(fileId);
        file.recordChargingDecision(decision, stamp());
        audit.record(AuditEvent.changed(RecordTypes.CASE_FILE, fileId, "charging decision recorded"));
    }

    @Override
    public void listAtCourt(long fileId, String court, LocalDate hearingDate) {
        CaseFile file = existing(fileId);
        file.listAtCourt(court, hearingDate, stamp());
        audit.record(AuditEvent.changed(RecordTypes.CASE_FILE, fileId, "at court: " + file.court() + ", " + hearingDate));
    }

    @Override
    public void recordOutcome(long fileId, String outcome) {
        CaseFile file = existing(fileId);
        file.recordOutcome(outcome, stamp());
        audit.record(AuditEvent.changed(RecordTypes.CASE_FILE, fileId, "outcome recorded"));
    }

    @Override
    public List<CaseFileSummary> mine() {
        String user = stamp().user();
        List<CaseFileSummary> files = Views.summaries(queries().ofOfficer(user), FileTime.now());
        audit.record(AuditEvent.searched(RecordTypes.CASE_FILE, "files of officer in the case " + user, files.size()));
        return files;
    }

    @Override
    public List<CaseFileSummary> awaitingCheck() {
        String user = stamp().user();
        List<CaseFileSummary> files = new ArrayList<>(Views.summaries(queries().withSupervisor(), FileTime.now()));
        files.sort(Comparator.comparing((CaseFileSummary f) -> !user.equalsIgnoreCase(f.supervisor())));
        audit.record(AuditEvent.searched(RecordTypes.CASE_FILE, "files awaiting a supervisor's check", files.size()));
        return files;
    }

    @Override
    public List<CaseFileSummary> ofPerson(long personId) {
        List<CaseFileSummary> files = Views.summaries(queries().ofPerson(personId), FileTime.now());
        audit.record(AuditEvent.searched(RecordTypes.CASE_FILE, "case files of person " + personId, files.size()));
        return files;
    }

    @Override
    public byte[] formPdf(long fileId, Form form) {
        Require.present(form, "Say which form: MG3, MG5, MG6C, MG6D, MG9, MG11, MG12 or MG15.");
        CaseFile file = existing(fileId);
        byte[] pdf = FormPdf.render(Views.of(file, FileTime.now()), form);
        audit.record(AuditEvent.exported(RecordTypes.CASE_FILE, file.reference() + " " + form + " as PDF (file " + fileId + ")", 1));
        return pdf;
    }

    @Override
    public byte[] bundlePdf(long fileId) {
        CaseFile file = existing(fileId);
        byte[] pdf = FormPdf.bundle(Views.of(file, FileTime.now()));
        audit.record(AuditEvent.exported(RecordTypes.CASE_FILE, file.reference() + " whole file as one PDF (file " + fileId + ")", 1));
        return pdf;
    }

    private FileQueries queries() {
        return new FileQueries(entityManager);
    }

    private CaseFile existing(long id) {
        CaseFile file = entityManager.find(CaseFile.class, id);
        if (file == null) {
            throw new InvalidInput("There is no case file " + id + ".");
        }
        return file;
    }

    private CrimeView crime(Long id) {
        Require.present(id, "Give the crime's id.");
        return crimes.crime(id).orElseThrow(() -> new InvalidInput("There is no crime " + id + "."));
    }

    private PersonRecord person(long id) {
        return people.record(id).orElseThrow(() -> new InvalidInput("There is no person " + id
                + " on the people index; search for them, or put them on file first."));
    }

    private Stamp stamp() {
        return new Stamp(Callers.nameOf(session.getCallerPrincipal()), FileTime.now(), session.isCallerInRole(Roles.SUPERVISOR));
    }
}
