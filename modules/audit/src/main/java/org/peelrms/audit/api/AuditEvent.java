package org.peelrms.audit.api;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.peelrms.kernel.RecordRef;

/**
 * One thing to put on the record. Built with the factory methods, which say in their names what
 * happened; the user and the time are added by {@link AuditTrail}.
 *
 * @param action      what was done
 * @param recordType  the kind of record, e.g. {@code PERSON}, {@code AUDIT_LOG}; never null
 * @param recordId    the record's id, or null for a search or an export
 * @param summary     what an auditor needs to know: the search criteria, the fields changed
 * @param reason      the user's stated reason, where one was asked for
 * @param resultCount how many records a search or export returned, else null
 * @param resultRecordIds the ids of the records a search returned, best first, at most
 *                    {@value #MAX_RESULT_IDS}; empty for anything else. Kept so that an auditor can
 *                    ask who searched for a given person, not only who opened their record.
 * @param changes     the fields a create or change altered, old and new values (the record's history); never null
 * @param names       the other records the entry names (the person booked in, the crime linked to a file), so
 *                    that a history line naming a record hidden from its reader is withheld (ADR 0040); never null
 */
public record AuditEvent(AuditAction action, String recordType, String recordId, String summary, String reason,
        Integer resultCount, List<String> resultRecordIds, List<FieldChange> changes, List<RecordRef> names) {
    /** How many of a search's results are kept on its entry. */
    public static final int MAX_RESULT_IDS = 100;

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        resultRecordIds = resultRecordIds == null ? List.of()
                : resultRecordIds.stream().limit(MAX_RESULT_IDS).map(String::valueOf).toList();
        changes = changes == null ? List.of() : List.copyOf(changes);
        names = names == null ? List.of() : names.stream().filter(Objects::nonNull).distinct().toList();
    }

    public AuditEvent(AuditAction action, String recordType, String recordId, String summary, String reason,
            Integer resultCount, List<String> resultRecordIds, List<FieldChange> changes) {
        this(action, recordType, recordId, summary, reason, resultCount, resultRecordIds, changes, List.of());
    }

    public AuditEvent(AuditAction action, String recordType, String recordId, String summary, String reason,
            Integer resultCount) {
        this(action, recordType, recordId, summary, reason, resultCount, List.of(), List.of());
    }

    public static AuditEvent searched(String recordType, String criteria, int resultCount) {
        return new AuditEvent(AuditAction.SEARCH, recordType, null, criteria, null, resultCount);
    }

    public static AuditEvent viewed(String recordType, Object recordId) {
        return new AuditEvent(AuditAction.VIEW, recordType, String.valueOf(recordId), null, null, null);
    }

    public static AuditEvent created(String recordType, Object recordId, String summary) {
        return new AuditEvent(AuditAction.CREATE, recordType, String.valueOf(recordId), summary, null, null);
    }

    public static AuditEvent changed(String recordType, Object recordId, String summary) {
        return new AuditEvent(AuditAction.CHANGE, recordType, String.valueOf(recordId), summary, null, null);
    }

    public static AuditEvent deleted(String recordType, Object recordId, String summary) {
        return new AuditEvent(AuditAction.DELETE, recordType, String.valueOf(recordId), summary, null, null);
    }

    public static AuditEvent exported(String report, String criteria, int rows) {
        return new AuditEvent(AuditAction.EXPORT, report, null, criteria, null, rows);
    }

    public static AuditEvent accessDenied(String recordType, Object recordId, String summary) {
        return new AuditEvent(AuditAction.ACCESS_DENIED, recordType, String.valueOf(recordId), summary, null, null);
    }

    public static AuditEvent created(String recordType, Object recordId, String summary, List<FieldChange> changes) {
        return created(recordType, recordId, summary).with(changes);
    }

    public static AuditEvent changed(String recordType, Object recordId, String summary, List<FieldChange> changes) {
        return changed(recordType, recordId, summary).with(changes);
    }

    /** The same event with the user's stated reason, stripped; none (null) when it is blank. */
    public AuditEvent because(String statedReason) {
        String given = statedReason == null || statedReason.isBlank() ? null : statedReason.strip();
        return new AuditEvent(action, recordType, recordId, summary, given, resultCount, resultRecordIds,
                changes, names);
    }

    /** The same search with the ids of the records it returned, best first (the first 100 are kept). */
    public AuditEvent withResults(List<?> ids) {
        return new AuditEvent(action, recordType, recordId, summary, reason, resultCount,
                ids == null ? List.of() : ids.stream().map(String::valueOf).toList(), changes, names);
    }

    /** The same event with the fields it altered, old and new values, for the record's history. */
    public AuditEvent with(List<FieldChange> fieldChanges) {
        return new AuditEvent(action, recordType, recordId, summary, reason, resultCount, resultRecordIds, fieldChanges,
                names);
    }

    /** The same event naming these records as well (a null is skipped): the people and records the change touched. */
    public AuditEvent naming(RecordRef... records) {
        return new AuditEvent(action, recordType, recordId, summary, reason, resultCount, resultRecordIds, changes,
                Stream.concat(names.stream(), Arrays.stream(records)).toList());
    }
}
