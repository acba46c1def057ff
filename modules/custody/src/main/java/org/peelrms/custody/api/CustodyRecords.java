package org.peelrms.custody.api;

import java.util.List;
import java.util.Optional;

/**
 * The custody suite's records. Every entry is timed, attributed and never changed or removed; a
 * correction is a new entry. Bad input is refused with a message ({@link org.peelrms.kernel.InvalidInput})
 * and writes nothing. Every change and every view is on the audit log.
 */
public interface CustodyRecords {

    /** Books a person in with the custody officer's decision on detention; returns the record's id. */
    long bookIn(NewBooking booking);

    /**
     * The same, with the user's reason for naming a restricted person they are on the list of (ADR 0041): without
     * one, {@link org.peelrms.restriction.api.ReasonRequired}; the booking's audit entry keeps it. A restricted
     * person the caller may not see is refused as a person not on file. Booking in opens no person's record.
     */
    long bookIn(NewBooking booking, String reason);

    /** The record with its clock, visits and entries; empty if there is none (the view is audited). */
    Optional<CustodyRecordView> record(long id);

    /**
     * The same, with the user's reason: a restricted record the caller may not see is empty (the
     * attempt audited), one they may see needs a reason ({@link org.peelrms.restriction.api.ReasonRequired}).
     * A restricted detainee the caller may not see is shown without name or id.
     */
    Optional<CustodyRecordView> record(long id, String reason);

    /** Adds an entry (note, visit, rousing, cell, property, right, risk assessment); returns its id. */
    long addEntry(long recordId, NewEntry entry);

    /** Corrects an entry with a new one pointing at it; returns the correction's id. */
    long correct(long recordId, long entryId, Correction correction);

    /** Records a review of detention (s. 40) by the signed-in officer. */
    long review(long recordId, NewReview review);

    /** Records a superintendent's extension to up to 36 hours (s. 42) by the signed-in officer. */
    long extend(long recordId, NewExtension extension);

    /** Records a warrant of further detention or its extension (ss. 43, 44). */
    long warrant(long recordId, NewWarrant warrant);

    /** Ends the detention: the release time stops the clock. */
    long dispose(long recordId, NewDisposal disposal);

    /** Everyone in custody now, the most urgent first. */
    List<BoardRow> board();

    /** A person's detentions, newest first. */
    List<CustodySummary> historyOf(long personId);

    /**
     * Whether a custody record with this id is on file, and nothing more about it (no view is audited): for checks before
     * another record or a restriction names it. Open to every caller.
     */
    boolean exists(long id);
}
