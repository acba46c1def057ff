package org.peelrms.crime.api;

import java.time.LocalDate;

/** The crime data integrity report, for auditors. Producing or exporting it is audited. */
public interface IntegrityReports {

    /** The report for a period of UK dates, both days included. */
    IntegrityReport report(LocalDate from, LocalDate to);

    /** The same report as CSV (UTF-8), for a spreadsheet: the figures, then the closures and removals. */
    String csv(LocalDate from, LocalDate to);
}
