package org.peelrms.restriction.api;

import java.util.Arrays;
import java.util.List;
import org.peelrms.kernel.RecordType;

/**
 * The kinds of record that can be restricted: the kernel's {@link RecordType}s, by the names their modules give them
 * in the audit log. A new module joins by adding its kind to {@link RecordType} and opening its records through
 * {@link RecordAccess} (ADR 0040).
 */
public final class RestrictableRecords {
    public static final String PERSON = RecordType.PERSON.name();
    public static final String CRIME_REPORT = RecordType.CRIME_REPORT.name();
    public static final String CRIME = RecordType.CRIME.name();
    public static final String CUSTODY_RECORD = RecordType.CUSTODY_RECORD.name();
    public static final String MISSING_PERSON_CASE = RecordType.MISSING_PERSON_CASE.name();
    public static final String CASE_FILE = RecordType.CASE_FILE.name();

    /**
     * What another record shows in place of a restricted person the caller may not see (a crime's
     * linked people, a custody record's detainee, a missing case's person): never their name or id.
     */
    public static final String WITHHELD_PERSON = "Restricted person";

    /** Every kind, in the order they are offered. */
    public static final List<String> ALL = Arrays.stream(RecordType.values()).map(RecordType::name).toList();

    private RestrictableRecords() {
    }

    /** How a user would name the kind: "person", "crime report", … */
    public static String label(String recordType) {
        return recordType == null ? "record"
                : RecordType.named(recordType).map(RecordType::label).orElse(recordType.toLowerCase().replace('_', ' '));
    }
}
