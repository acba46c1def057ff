package org.peelrms.audit.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an auditor asks an audit report for: the report, the period (UK dates, both days included)
 * and the filters that report takes. Filters a report does not use are ignored.
 *
 * @param personId      the person (PERSON_ACCESS; required there)
 * @param username      the user (USER_ACTIVITY: required; FAILED_SIGN_INS: the user name tried, optional)
 * @param clientAddress the network address (FAILED_SIGN_INS, optional)
 * @param threshold     how many views of one record count as many (UNUSUAL_ACTIVITY; default
 *                      {@value #DEFAULT_THRESHOLD})
 * @param outOfHours    the out-of-hours window in UK time, e.g. {@code 19:00-07:00} (UNUSUAL_ACTIVITY;
 *                      default the installation's, see ADR 0021)
 */
public record AuditReportRequest(AuditReportKind kind, LocalDate from, LocalDate to, String personId,
        String username, String clientAddress, Integer threshold, String outOfHours) {
    public static final int DEFAULT_THRESHOLD = 10;

    /** The filters as they are written on the report and in its audit entry, in order, e.g. {@code person=1234}. */
    public List<Filter> filters() {
        List<Filter> filters = new ArrayList<>();
        switch (kind) {
            case PERSON_ACCESS -> add(filters, "person", personId);
            case USER_ACTIVITY -> add(filters, "user", username);
            case UNUSUAL_ACTIVITY -> {
                add(filters, "many views", "at least " + (threshold == null ? DEFAULT_THRESHOLD : threshold));
                add(filters, "out of hours", outOfHours);
            }
            case FAILED_SIGN_INS -> {
                add(filters, "user name tried", username);
                add(filters, "from address", clientAddress);
            }
        }
        return filters;
    }

    /** The request as written in the audit entry of its run, e.g. {@code 2026-11-01 to 2026-11-30; person=1234}. */
    public String describe() {
        StringBuilder text = new StringBuilder().append(from).append(" to ").append(to);
        filters().forEach(f -> text.append("; ").append(f.label()).append('=').append(f.value()));
        return text.toString();
    }

    private static void add(List<Filter> filters, String label, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(new Filter(label, value.strip()));
        }
    }

    /** One filter as shown on a report: what it is, and its value. */
    public record Filter(String label, String value) implements Serializable {
    }
}
