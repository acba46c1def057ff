package org.peelrms.web.history;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peelrms.audit.api.HistoryEntry;
import org.peelrms.audit.api.RecordHistory;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;
import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.web.crime.UkTime;

/** Backs the history panel (WEB-INF/includes/history.xhtml): a record's changes, read once per request. */
@Named
@RequestScoped
public class RecordHistoryView {

    @EJB
    private RecordHistory history;

    @EJB
    private RecordAccess access;

    private final Map<String, List<HistoryEntry>> read = new HashMap<>();

    /** The record's creates and changes, newest first, as the page shows them. */
    public List<HistoryEntry> of(String recordType, Object recordId) {
        if (recordId == null) {
            return List.of();
        }
        RecordRef record = RecordRef.of(RecordType.valueOf(recordType), Long.parseLong(String.valueOf(recordId)));
        return read.computeIfAbsent(recordType + ":" + recordId,
                key -> newestFirst(history.of(record, access.hidden(RecordType.values())::contains)));
    }

    private static List<HistoryEntry> newestFirst(List<HistoryEntry> oldestFirst) {
        List<HistoryEntry> entries = new ArrayList<>(oldestFirst);
        Collections.reverse(entries);
        return entries;
    }

    public String show(OffsetDateTime at) {
        return UkTime.show(at);
    }
}
