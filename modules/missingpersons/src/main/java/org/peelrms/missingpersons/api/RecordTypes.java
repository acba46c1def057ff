package org.peelrms.missingpersons.api;

import org.peelrms.kernel.RecordType;

/** The kinds of record this module owns, as they are named in the audit log. */
public final class RecordTypes {
    public static final String MISSING_PERSON_CASE = RecordType.MISSING_PERSON_CASE.name();
    public static final String REVIEW_INTERVAL = "MISSING_REVIEW_INTERVAL";
    public static final String MISSING_PERSONS_REPORT = "MISSING_PERSONS_REPORT";

    private RecordTypes() {
    }
}
