package org.peelrms.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;

/** A record an entry names besides its own (audit V5): a row of {@code audit_entry_name}. */
@Embeddable
public class NamedRecord {

    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    protected NamedRecord() {
    }

    NamedRecord(RecordRef record) {
        this.recordType = record.type().name();
        this.recordId = record.id();
    }

    Optional<RecordRef> ref() {
        return RecordType.named(recordType).map(type -> RecordRef.of(type, recordId));
    }

    /** As hashed: "PERSON:12". */
    String text() {
        return recordType + ":" + recordId;
    }
}
