package org.peelrms.custody.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One entry on the custody record, as written: never changed. {@code correctsId} names the entry a
 * correction corrects; {@code correctedById} the correction that superseded this one.
 *
 * @param detail the structured part of the entry in words, e.g. "Cell C4", "Inspector; detention to continue"
 */
public record EntryView(long id, EntryKind kind, OffsetDateTime occurredAt, OffsetDateTime recordedAt,
        String recordedBy, String text, String detail, Long correctsId, Long correctedById, String correctionReason) implements Serializable {

    public boolean superseded() {
        return correctedById != null;
    }
}
