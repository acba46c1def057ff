package org.peelrms.custody.api;

/** The kinds of record this module owns, as they are named in the audit log. */
public final class RecordTypes {
    public static final String CUSTODY_RECORD = "CUSTODY_RECORD";

    private RecordTypes() {
    }
}
