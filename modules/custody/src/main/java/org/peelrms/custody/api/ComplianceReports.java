package org.peelrms.custody.api;

import java.time.LocalDate;

/** The PACE compliance report, for auditors. Producing or exporting it is audited. */
public interface ComplianceReports {

    ComplianceReport report(LocalDate from, LocalDate to);

    /** The same report as CSV (UTF-8): the figures, then each issue and each detention. */
    String csv(LocalDate from, LocalDate to);
}
