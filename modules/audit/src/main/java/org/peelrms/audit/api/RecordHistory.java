package org.peelrms.audit.api;

import java.util.List;

/**
 * One record's change history, read from the audit trail: who created or changed it, when, and the
 * fields' old and new values. For the operational roles and auditors; the page or call that shows it
 * has already checked that the user may open the record. Not itself audited (opening the record is).
 */
public interface RecordHistory {

    /** The record's creates and changes, oldest first (at most the newest 500). */
    List<HistoryEntry> of(String recordType, Object recordId);
}
