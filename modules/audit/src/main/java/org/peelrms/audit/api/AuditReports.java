package org.peelrms.audit.api;

/**
 * The audit reports, for auditors only: who searched for or viewed a person, what a user did,
 * unusual searches and views, failed sign-ins. Each run is itself on the log: producing one as a
 * {@code SEARCH}, exporting one as an {@code EXPORT}, under the report's record type.
 */
public interface AuditReports {

    /** The report, on screen. Refused (InvalidInput) without a period, with a period backwards, or without a required filter. */
    AuditReport produce(AuditReportRequest request);

    /** The same report for an export in the given format (e.g. {@code CSV}, {@code PDF}), logged as an export. */
    AuditReport export(AuditReportRequest request, String format);
}
