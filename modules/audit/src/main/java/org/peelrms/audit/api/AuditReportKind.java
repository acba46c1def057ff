package org.peelrms.audit.api;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.peelrms.kernel.InvalidInput;

/**
 * The audit reports Peel builds from its own log, each with the name it has in addresses
 * ({@code /api/v1/audit/reports/person-access}) and the record type its runs are logged under.
 */
public enum AuditReportKind {
    PERSON_ACCESS("person-access", "Who searched for or viewed a person", "PERSON_ACCESS_REPORT"),
    USER_ACTIVITY("user-activity", "What a user searched for, viewed and changed", "USER_ACTIVITY_REPORT"),
    UNUSUAL_ACTIVITY("unusual-activity", "Unusual searches and views", "UNUSUAL_ACTIVITY_REPORT"),
    FAILED_SIGN_INS("failed-sign-ins", "Failed sign-ins", "FAILED_SIGN_IN_REPORT");

    private final String slug;
    private final String title;
    private final String recordType;

    AuditReportKind(String slug, String title, String recordType) {
        this.slug = slug;
        this.title = title;
        this.recordType = recordType;
    }

    /** The report's name in addresses, e.g. {@code failed-sign-ins}. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The record type under which producing or exporting the report is logged. */
    public String recordType() {
        return recordType;
    }

    /** The report named in an address; refused with the names Peel knows. */
    public static AuditReportKind fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equalsIgnoreCase(slug == null ? "" : slug.strip()))
                .findFirst().orElseThrow(() -> new InvalidInput("There is no audit report called '" + slug
                        + "'; the reports are " + Arrays.stream(values()).map(AuditReportKind::slug)
                                .collect(Collectors.joining(", "))));
    }
}
