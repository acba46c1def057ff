package org.peelrms.restriction.api;

import java.util.List;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;

/**
 * The one step every record module takes on every way in to its records (ADR 0040): it admits a record or hides
 * it, asks for the reason, writes the audit entry, and says which records to leave out of lists. A module never
 * asks {@link Restrictions} or writes a VIEW, ACCESS_DENIED or SEARCH entry itself.
 */
public interface RecordAccess {

    /**
     * Opening one record by its id, for its page or its REST answer. A record hidden from the caller is audited
     * ACCESS_DENIED and the answer is false, exactly as for one that does not exist (also audited); the module
     * then answers "not found". Restricted to the caller but no reason given: {@link ReasonRequired}. Otherwise
     * the VIEW is audited with the reason and the answer is true.
     *
     * @param exists whether the module holds the record
     */
    boolean open(RecordRef record, boolean exists, String reason);

    /** The same for one part of a record shown on its own (a missing person's photograph): the VIEW names the part. */
    boolean open(RecordRef record, boolean exists, String reason, String part);

    /**
     * Opening a record that another's restriction covers as well (a crime, by its report's): admitted only when the
     * caller may see both; a denial by the covering record is audited on it.
     */
    boolean open(RecordRef record, RecordRef coveredBy, boolean exists, String reason);

    /**
     * Taking one record away as a document (a PDF): admitted as {@link #open} is, and audited as an EXPORT of
     * {@code what} with the reason instead of a VIEW.
     */
    boolean export(RecordRef record, boolean exists, String reason, String what);

    /**
     * Naming a record in a write (booking a person in, linking them to a crime): hidden from the caller is false
     * (the write answers as for a record that does not exist); restricted to the caller needs a reason
     * ({@link ReasonRequired}), which the write's own entry keeps. Nothing is audited here: the write is, and it
     * opens nothing.
     */
    boolean mayName(RecordRef record, String reason);

    /** What of these kinds is hidden from the caller, read once for the call. */
    HiddenRecords hidden(RecordType... types);

    /** Audits a search or list the caller was shown: what was asked and how many records it showed. */
    void listed(String recordType, String what, int shown);

    /**
     * The same for a search that keeps the ids of the records it showed, best first (ADR 0021), with the reason
     * given for a sensitive search (ADR 0020), or null.
     */
    void listed(String recordType, String what, List<?> shownIds, String reason);

    /** Audits a report's figures taken away as a CSV or PDF: which report, for what, and how many rows. */
    void exported(String report, String what, int rows);
}
