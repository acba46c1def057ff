package org.peelrms.casefile.api;

import org.peelrms.kernel.RecordType;

/** The kinds of record this module owns, as they are named in the audit log. */
public final class RecordTypes {
    /** A case file, with its forms, exhibits and their continuity, and its stages. */
    public static final String CASE_FILE = RecordType.CASE_FILE.name();
    /** The case files report for auditors and supervisors (searches and CSV exports of it). */
    public static final String CASE_FILES_REPORT = "CASE_FILES_REPORT";

    private RecordTypes() {
    }
}
