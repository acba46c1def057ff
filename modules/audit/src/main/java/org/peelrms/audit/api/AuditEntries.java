package org.peelrms.audit.api;

import java.util.List;

/**
 * Reads the audit log, for auditors only. Every read is itself put on the log, so the auditors'
 * own searches can be audited too.
 */
public interface AuditEntries {

    /** Entries matching the filter, newest first, one page at a time. */
    List<AuditEntryView> find(AuditQuery query, int first, int pageSize);

    /** How many entries match the filter. */
    long count(AuditQuery query);
}
