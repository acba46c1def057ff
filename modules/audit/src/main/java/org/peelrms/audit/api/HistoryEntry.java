package org.peelrms.audit.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One create or change in a record's history.
 *
 * @param occurredAt when (UTC)
 * @param username   who
 * @param action     created, changed or deleted
 * @param summary    what was done, in words
 * @param changes    the fields altered, with old and new values (empty when the entry named none)
 */
public record HistoryEntry(OffsetDateTime occurredAt, String username, AuditAction action, String summary,
        List<FieldChange> changes) {
}
