package org.peelrms.restriction.api;

import java.util.List;

/**
 * The kinds of record that can be restricted, by the names their modules give them in the audit log.
 * A new module joins by adding its name here and making the calls described in ADR 0019.
 */
public final class RestrictableRecords {
    public static final String PERSON = "PERSON";
    public static final String CRIME_REPORT = "CRIME_REPORT";
    public static final String CRIME = "CRIME";
    public static final String CUSTODY_RECORD = "CUSTODY_RECORD";
    public static final String MISSING_PERSON_CASE = "MISSING_PERSON_CASE";
    public static final String CASE_FILE = "CASE_FILE";

    /**
     * What another record shows in place of a restricted person the caller may not see (a crime's
     * linked people, a custody record's detainee, a missing case's person): never their name or id.
     */
    public static final String WITHHELD_PERSON = "Restricted person";

    /** Every kind, in the order they are offered. */
    public static final List<String> ALL = List.of(PERSON, CRIME_REPORT, CRIME, CUSTODY_RECORD, MISSING_PERSON_CASE,
            CASE_FILE);

    private RestrictableRecords() {
    }

    /** How a user would name the kind: "person", "crime report", … */
    public static String label(String recordType) {
        return recordType == null ? "record" : recordType.toLowerCase().replace('_', ' ');
    }
}
