package org.peelrms.casefile.internal;

import java.util.List;
import java.util.stream.Stream;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.audit.api.FieldChanges;
import org.peelrms.casefile.api.FileStatus;
import org.peelrms.restriction.api.Change;

/**
 * The fields a file's create or change altered, with old and new values, for its history (ADR 0018), and the audit
 * entries of its exhibits.
 * People and crimes are named by their ids, never by name or crime number, so that a person or crime
 * restricted later is not named in the history of a file others may see; the entry also lists them
 * ({@link #named}), and the history withholds an entry naming a record hidden from its reader (ADR 0040).
 */
final class FileChanges {
    private FileChanges() {
    }

    static List<FieldChange> opened(CaseFile file) {
        FieldChanges changes = new FieldChanges().field("reference", null, file.reference())
                .field("type", null, file.type().label()).field("stage", null, file.status().label())
                .field("officer in the case", null, file.officerInCase()).field("supervisor", null, file.supervisor());
        file.crimes().forEach(c -> changes.field("crime linked", null, "crime " + c.crimeId()));
        file.people().forEach(p -> changes.field(p.role().label().toLowerCase(), null, "person " + p.personId()));
        return changes.list();
    }

    /** The crimes and people a new file names, for its audit entry (ADR 0040). */
    static RecordRef[] named(CaseFile file) {
        return Stream.concat(file.crimes().stream().map(c -> RecordRef.of(RecordType.CRIME, c.crimeId())),
                file.people().stream().map(p -> RecordRef.person(p.personId()))).toArray(RecordRef[]::new);
    }

    /** A stage change, and the note written with it (feedback, decision, court, outcome), if any. */
    static List<FieldChange> stage(FileStatus before, FileStatus after, String noteField, Object note) {
        FieldChanges changes = new FieldChanges().field("stage", before.label(), after.label());
        if (noteField != null) {
            changes.field(noteField, null, note);
        }
        return changes.list();
    }

    static FieldChange person(String role, long personId) {
        return FieldChange.of(role, null, "person " + personId);
    }

    /** A form written or rewritten: what it was before (signed or not), and that it is now (re)written, unsigned. */
    static FieldChange form(String form, FileForm before, boolean signedBefore) {
        return FieldChange.of(form, before == null ? null : signedBefore ? "signed" : "written, not signed",
                before == null ? "written, not signed" : "rewritten, not signed");
    }

    /** An exhibit added to the file, with who seized it. */
    static Change exhibitAdded(Exhibit added) {
        return Change.of("exhibit " + added.reference() + " added ("
                + added.description() + "), seized by " + added.seizedBy(), List.of(FieldChange.of("exhibit "
                + added.reference(), null, added.description() + ", seized by " + added.seizedBy())));
    }

    /** A link of an exhibit's continuity (or a correction of one): who holds it now, and who held it before. */
    static Change moved(Exhibit exhibit, String heldBefore, ContinuityEntry entry) {
        return Change.of("exhibit " + exhibit.reference() + ": "
                + (entry.correctsId() == null ? "" : "correction of entry " + entry.correctsId() + " (" + entry.reason() + "); ")
                + "held by " + entry.heldBy() + " from " + entry.heldFrom() + " at " + entry.storedAt(),
                List.of(FieldChange.of("exhibit " + exhibit.reference() + " held by", heldBefore, entry.heldBy() + " at "
                        + entry.storedAt())));
    }
}
