package org.peelrms.audit.api;

import java.time.LocalDate;

/**
 * An auditor's filter over the log. Every field is optional; the period is inclusive of both days.
 *
 * @param username   exact user name
 * @param recordType kind of record, e.g. PERSON
 * @param recordId   the record's id (with or without a type)
 * @param action     one kind of action
 * @param from       first day of the period
 * @param to         last day of the period
 */
public record AuditQuery(String username, String recordType, String recordId, AuditAction action, LocalDate from,
        LocalDate to) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    /** A readable form of the filter, for the audit entry that records the auditor's own search. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        append(text, "user", username);
        append(text, "record type", recordType);
        append(text, "record id", recordId);
        append(text, "action", action == null ? null : action.name());
        append(text, "from", from == null ? null : from.toString());
        append(text, "to", to == null ? null : to.toString());
        return text.length() == 0 ? "all entries" : text.toString();
    }

    private static void append(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(label).append('=').append(value);
        }
    }
}
