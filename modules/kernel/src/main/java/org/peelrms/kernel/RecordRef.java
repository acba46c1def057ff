package org.peelrms.kernel;

import java.util.Objects;

/**
 * One record, by its kind and id: what the restriction module restricts, what the record access step admits and
 * audits, and what an audit entry names (ADR 0040). Never the record's contents.
 */
public record RecordRef(RecordType type, long id) {

    public RecordRef {
        Objects.requireNonNull(type, "type");
    }

    public static RecordRef of(RecordType type, long id) {
        return new RecordRef(type, id);
    }

    public static RecordRef person(long id) {
        return new RecordRef(RecordType.PERSON, id);
    }

    /** "custody record 12", as a user would say it. */
    public String label() {
        return type.label() + " " + id;
    }
}
