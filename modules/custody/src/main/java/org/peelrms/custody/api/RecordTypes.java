package org.peelrms.custody.api;

/** The kinds of record this module owns, as they are named in the audit log. */
public final class RecordTypes {
    /** A custody record: the booking in and every entry made on it. */
    public static final String CUSTODY_RECORD = "CUSTODY_RECORD";
    /** The PACE compliance report (a view or CSV export of it). */
    public static final String COMPLIANCE_REPORT = "PACE_COMPLIANCE_REPORT";

    private RecordTypes() {
    }
}
