package org.peelrms.crime.api;

/** The kinds of record this module owns, as they are named in the audit log. */
public final class RecordTypes {
    public static final String REPORT = "CRIME_REPORT";
    public static final String CRIME = "CRIME";

    private RecordTypes() {
    }
}
