package org.peelrms.casefile.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.casefile.api.CaseFileSummary;
import org.peelrms.casefile.api.CaseFileView;
import org.peelrms.casefile.api.Form;
import org.peelrms.casefile.api.RecordTypes;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Require;
import org.peelrms.restriction.api.Access;
import org.peelrms.restriction.api.Restrictions;

/**
 * The ways a caller reads case files (a file by id or reference, the lists, the PDFs), each with the
 * restricted records check of ADR 0019 and audited; used by {@link JpaCaseFiles} in its transaction.
 */
final class FileReads {
    private final EntityManager entityManager;
    private final Restrictions restrictions;
    private final AuditTrail audit;

    FileReads(EntityManager entityManager, Restrictions restrictions, AuditTrail audit) {
        this.entityManager = entityManager;
        this.restrictions = restrictions;
        this.audit = audit;
    }

    Optional<CaseFileView> view(long id, String reason) {
        if (!restrictions.admit(RecordTypes.CASE_FILE, id, reason)) {
            return Optional.empty();
        }
        CaseFile file = entityManager.find(CaseFile.class, id);
        audit.record(file == null ? AuditEvent.accessDenied(RecordTypes.CASE_FILE, id, "asked for a case file that does not exist")
                : AuditEvent.viewed(RecordTypes.CASE_FILE, id).because(reason));
        return Optional.ofNullable(file).map(f -> Views.of(f, FileTime.now(), Hidden.from(restrictions)));
    }

    Optional<CaseFileView> view(String reference, String reason) {
        Optional<CaseFile> file = queries().byReference(reference);
        if (file.isEmpty()) {
            audit.record(AuditEvent.searched(RecordTypes.CASE_FILE, "file reference " + reference, 0));
            return Optional.empty();
        }
        return view(file.get().id(), reason);
    }

    List<CaseFileSummary> mine(String user) {
        List<CaseFileSummary> files = Views.summaries(queries().ofOfficer(user), FileTime.now(), Hidden.from(restrictions));
        audit.record(AuditEvent.searched(RecordTypes.CASE_FILE, "files of officer in the case " + user, files.size()));
        return files;
    }

    List<CaseFileSummary> awaitingCheck(String user) {
        List<CaseFileSummary> files = new ArrayList<>(Views.summaries(queries().withSupervisor(), FileTime.now(),
                Hidden.from(restrictions)));
        files.sort(Comparator.comparing((CaseFileSummary f) -> !user.equalsIgnoreCase(f.supervisor())));
        audit.record(AuditEvent.searched(RecordTypes.CASE_FILE, "files awaiting a supervisor's check", files.size()));
        return files;
    }

    /** A restricted person hidden from the caller is on no file, as a person who does not exist. */
    List<CaseFileSummary> ofPerson(long personId) {
        Hidden hidden = Hidden.from(restrictions);
        List<CaseFileSummary> files = hidden.person(personId) ? List.of()
                : Views.summaries(queries().ofPerson(personId), FileTime.now(), hidden);
        audit.record(AuditEvent.searched(RecordTypes.CASE_FILE, "case files of person " + personId, files.size()));
        return files;
    }

    byte[] formPdf(long fileId, Form form, String reason) {
        Require.present(form, "Say which form: MG3, MG5, MG6C, MG6D, MG9, MG11, MG12 or MG15.");
        CaseFile file = admitted(fileId, reason);
        byte[] pdf = FormPdf.render(Views.of(file, FileTime.now(), Hidden.from(restrictions)), form);
        audit.record(AuditEvent.exported(RecordTypes.CASE_FILE, file.reference() + " " + form + " as PDF (file " + fileId + ")", 1)
                .because(reason));
        return pdf;
    }

    byte[] bundlePdf(long fileId, String reason) {
        CaseFile file = admitted(fileId, reason);
        byte[] pdf = FormPdf.bundle(Views.of(file, FileTime.now(), Hidden.from(restrictions)));
        audit.record(AuditEvent.exported(RecordTypes.CASE_FILE, file.reference() + " whole file as one PDF (file " + fileId + ")", 1)
                .because(reason));
        return pdf;
    }

    /** A file to change: one hidden from the caller is refused exactly as one that does not exist. */
    CaseFile existing(long id) {
        CaseFile file = entityManager.find(CaseFile.class, id);
        if (file == null || restrictions.access(RecordTypes.CASE_FILE, id) == Access.HIDDEN) {
            throw new InvalidInput("There is no case file " + id + ".");
        }
        return file;
    }

    /** A file to read whole (a PDF): admitted as on its page, with the reason; else as one that does not exist. */
    private CaseFile admitted(long id, String reason) {
        if (!restrictions.admit(RecordTypes.CASE_FILE, id, reason)) {
            throw new InvalidInput("There is no case file " + id + ".");
        }
        return existing(id);
    }

    private FileQueries queries() {
        return new FileQueries(entityManager, restrictions.hidden(RecordTypes.CASE_FILE));
    }
}
