package org.peelrms.casefile.api;

import java.time.LocalDate;

/** The case files report for auditors and supervisors; producing and exporting it are audited. */
public interface CaseFileReports {

    CaseFilesReport report(LocalDate from, LocalDate to);

    /** The same figures as CSV, one figure a line, then the returns with their reasons. */
    String csv(LocalDate from, LocalDate to);
}
