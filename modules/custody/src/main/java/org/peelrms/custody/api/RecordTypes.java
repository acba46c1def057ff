package org.peelrms.custody.api;

import org.peelrms.kernel.RecordType;

/** The kinds of record this module owns, as they are named in the audit log. */
public final class RecordTypes {
    /** A custody record: the booking in and every entry made on it. */
    public static final String CUSTODY_RECORD = RecordType.CUSTODY_RECORD.name();
    /** The PACE compliance report (a view or CSV export of it). */
    public static final String COMPLIANCE_REPORT = "PACE_COMPLIANCE_REPORT";

    private RecordTypes() {
    }
}
