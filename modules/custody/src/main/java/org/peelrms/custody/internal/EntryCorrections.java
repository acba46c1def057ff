package org.peelrms.custody.internal;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.peelrms.custody.api.Correction;
import org.peelrms.custody.api.EntryKind;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Require;

/**
 * Correcting a custody entry: a new entry of the same kind pointing at it, with the reason; the entry
 * corrected stays as written, and an entry is corrected once (correct the correction after that).
 * {@link CustodyRecord} delegates here.
 */
final class EntryCorrections {

    private EntryCorrections() {
    }

    /** Corrects an entry with a new one of the same kind pointing at it; the entry corrected stays as written. */
    static CustodyEntry correct(CustodyRecord record, long entryId, Correction correction, Stamp stamp) {
        Require.present(correction, "There is no correction.");
        CustodyEntry original = record.entries().stream().filter(e -> e.id() != null && e.id() == entryId).findFirst()
                .orElseThrow(() -> new InvalidInput("There is no entry " + entryId + " on custody record "
                        + record.number() + "."));
        record.entries().stream().filter(e -> Long.valueOf(entryId).equals(e.correctsId())).findFirst().ifPresent(e -> {
            throw new InvalidInput("Entry " + entryId + " has already been corrected by entry " + e.id()
                    + "; correct that one instead.");
        });
        String reason = Require.text(correction.reason(), 1000, "Say why the entry is corrected.");
        boolean timed = original.kind().addedByHand() || original.kind() == EntryKind.DISPOSAL;
        if (correction.occurredAt() != null && !timed) {
            throw new InvalidInput("The time of a " + original.kind().label().toLowerCase() + " is the time it was"
                    + " recorded, which the PACE clock ran on; correct its wording, and say why.");
        }
        String text = correction.text() == null || correction.text().isBlank() ? original.text()
                : Require.text(correction.text(), 4000, "Write the corrected entry.");
        Require.that(correction.occurredAt() != null || !Objects.equals(text, original.text()),
                "The correction changes nothing: give the corrected text or time.");
        OffsetDateTime at = correction.occurredAt() == null ? original.occurredAt()
                : record.time(correction.occurredAt(), stamp,
                        original.kind() == EntryKind.NOTE || original.kind() == EntryKind.PROPERTY);
        CustodyEntry corrected = original.correctedAs(text, at, reason, stamp);
        record.entries().add(corrected);
        return corrected;
    }
}
