package org.peelrms.audit.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One audit entry as an auditor reads it. */
public record AuditEntryView(long id, OffsetDateTime occurredAt, String username, AuditAction action,
        String recordType, String recordId, String summary, String reason, Integer resultCount,
        String clientAddress) implements Serializable {
}
