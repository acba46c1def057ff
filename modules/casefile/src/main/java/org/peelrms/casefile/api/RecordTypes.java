package org.peelrms.casefile.api;

/** The kinds of record this module owns, as they are named in the audit log. */
public final class RecordTypes {
    public static final String CASE_FILE = "CASE_FILE";

    private RecordTypes() {
    }
}
