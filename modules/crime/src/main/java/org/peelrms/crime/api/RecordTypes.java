package org.peelrms.crime.api;

import org.peelrms.kernel.RecordType;

/** The kinds of record this module owns, as they are named in the audit log. */
public final class RecordTypes {
    /** A report of an incident, which ends as crime records or as a non-crime incident. */
    public static final String REPORT = RecordType.CRIME_REPORT.name();
    /** A crime record. */
    public static final String CRIME = RecordType.CRIME.name();
    /** The Home Office offence classification table. */
    public static final String OFFENCE_CLASSIFICATION = "OFFENCE_CLASSIFICATION";
    /** The crime data integrity report (a view or CSV export of it). */
    public static final String INTEGRITY_REPORT = "CRIME_INTEGRITY_REPORT";

    private RecordTypes() {
    }
}
