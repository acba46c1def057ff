package org.peelrms.kernel;

/**
 * The kinds of record a user opens by id, and that can be restricted (ADR 0040). The names are the ones the audit
 * log has always used for them, so entries written before this type existed name records the same way. A new record
 * module joins by adding its kind here.
 */
public enum RecordType {
    PERSON("person"),
    CRIME_REPORT("crime report"),
    CRIME("crime"),
    CUSTODY_RECORD("custody record"),
    MISSING_PERSON_CASE("missing person case"),
    CASE_FILE("case file");

    private final String label;

    RecordType(String label) {
        this.label = label;
    }

    /** How a user names the kind: "person", "custody record", … */
    public String label() {
        return label;
    }

    /** The kind named so in the audit log, if it is one of these. */
    public static java.util.Optional<RecordType> named(String name) {
        for (RecordType type : values()) {
            if (type.name().equals(name)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
