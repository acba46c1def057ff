package org.peelrms.casefile.internal;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.peelrms.casefile.api.CaseFileSummary;
import org.peelrms.casefile.api.CaseFileView;
import org.peelrms.casefile.api.Form;
import org.peelrms.casefile.api.RecordTypes;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Require;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;
import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.restriction.api.RecordWrites;

/**
 * The ways a caller reads case files (a file by id or reference, the lists, the PDFs), each with the
 * restricted records check of ADR 0019 and audited; used by {@link JpaCaseFiles} in its transaction.
 */
final class FileReads {
    private final EntityManager entityManager;
    private final RecordAccess access;
    private final RecordWrites writes;
    private final Clock clock;

    FileReads(EntityManager entityManager, RecordAccess access, RecordWrites writes, Clock clock) {
        this.entityManager = entityManager;
        this.access = access;
        this.writes = writes;
        this.clock = clock;
    }

    Optional<CaseFileView> view(long id, String reason) {
        CaseFile file = entityManager.find(CaseFile.class, id);
        if (!access.open(ref(id), file != null, reason)) {
            return Optional.empty();
        }
        return Optional.of(Views.of(file, FileTime.now(clock), Hidden.from(access)));
    }

    Optional<CaseFileView> view(String reference, String reason) {
        Optional<CaseFile> file = queries().byReference(reference);
        if (file.isEmpty()) {
            access.listed(RecordTypes.CASE_FILE, "file reference " + reference, 0);
            return Optional.empty();
        }
        return view(file.get().id(), reason);
    }

    List<CaseFileSummary> mine(String user) {
        List<CaseFileSummary> files = Views.summaries(queries().ofOfficer(user), FileTime.now(clock), Hidden.from(access));
        access.listed(RecordTypes.CASE_FILE, "files of officer in the case " + user, files.size());
        return files;
    }

    List<CaseFileSummary> awaitingCheck(String user) {
        List<CaseFileSummary> files = new ArrayList<>(Views.summaries(queries().withSupervisor(), FileTime.now(clock),
                Hidden.from(access)));
        files.sort(Comparator.comparing((CaseFileSummary f) -> !user.equalsIgnoreCase(f.supervisor())));
        access.listed(RecordTypes.CASE_FILE, "files awaiting a supervisor's check", files.size());
        return files;
    }

    /** A restricted person hidden from the caller is on no file, as a person who does not exist. */
    List<CaseFileSummary> ofPerson(long personId) {
        Hidden hidden = Hidden.from(access);
        List<CaseFileSummary> files = hidden.person(personId) ? List.of()
                : Views.summaries(queries().ofPerson(personId), FileTime.now(clock), hidden);
        access.listed(RecordTypes.CASE_FILE, "case files of person " + personId, files.size());
        return files;
    }

    byte[] formPdf(long fileId, Form form, String reason) {
        Require.present(form, "Say which form: MG3, MG5, MG6C, MG6D, MG9, MG11, MG12 or MG15.");
        CaseFile file = exported(fileId, reason, f -> f.reference() + " " + form + " as PDF (file " + fileId + ")");
        return FormPdf.render(Views.of(file, FileTime.now(clock), Hidden.from(access)), form);
    }

    byte[] bundlePdf(long fileId, String reason) {
        CaseFile file = exported(fileId, reason, f -> f.reference() + " whole file as one PDF (file " + fileId + ")");
        return FormPdf.bundle(Views.of(file, FileTime.now(clock), Hidden.from(access)));
    }

    /** A file to change: one hidden from the caller is refused exactly as one that does not exist. */
    CaseFile existing(long id) {
        return writes.existing(ref(id), entityManager.find(CaseFile.class, id), "There is no case file " + id + ".");
    }

    /**
     * A file to take away whole (a PDF): admitted as on its page, with the reason, and audited as an export of
     * {@code what}; else refused as one that does not exist.
     */
    private CaseFile exported(long id, String reason, Function<CaseFile, String> what) {
        CaseFile file = entityManager.find(CaseFile.class, id);
        if (!access.export(ref(id), file != null, reason, file == null ? null : what.apply(file))) {
            throw new InvalidInput("There is no case file " + id + ".");
        }
        return file;
    }

    private FileQueries queries() {
        return new FileQueries(entityManager, access.hidden(RecordType.CASE_FILE).ids(RecordType.CASE_FILE));
    }

    private static RecordRef ref(long id) {
        return RecordRef.of(RecordType.CASE_FILE, id);
    }
}
