package org.peelrms.missingpersons.api;

import java.time.LocalDate;

/** The missing persons report for auditors, on screen and as CSV; both audited. */
public interface MissingPersonsReports {

    MissingPersonsReport report(LocalDate from, LocalDate to);

    String csv(LocalDate from, LocalDate to);
}
