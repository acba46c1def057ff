package org.peelrms.audit.api;

import java.util.List;
import java.util.function.Predicate;
import org.peelrms.kernel.RecordRef;

/**
 * One record's change history, read from the audit trail: who created or changed it, when, and the
 * fields' old and new values. For the operational roles and auditors; the page or call that shows it
 * has already checked that the user may open the record. Not itself audited (opening the record is).
 */
public interface RecordHistory {

    /** What a history shows instead of an entry's summary when the entry names a record hidden from the reader. */
    String WITHHELD_SUMMARY = "(withheld: this change involves a restricted record)";
    /** What it shows instead of a field's values when the hidden record named is a person. */
    String WITHHELD_PERSON = "Restricted person";
    /** … and when it is another kind of record. */
    String WITHHELD_RECORD = "Restricted record";

    /** The record's creates and changes, oldest first (at most the newest 500), nothing withheld. */
    List<HistoryEntry> of(String recordType, Object recordId);

    /**
     * The same as the caller may read it (ADR 0040): an entry that names a record {@code hidden} from them (by the
     * records the entry names, audit V5) keeps its time, user and action and the names of the fields it changed,
     * but its summary and the fields' values are withheld.
     */
    List<HistoryEntry> of(RecordRef record, Predicate<RecordRef> hidden);
}
