package org.peelrms.restriction.api;

import org.peelrms.kernel.RecordRef;

/**
 * The one step of every write (ADR 0052), beside {@link RecordAccess} for the ways in: a write by id is refused
 * when the record is not on file or hidden from the caller, and the write's CREATE or CHANGE entry is put on the
 * audit trail from the module's {@link Change}. A module never writes its own audit entry or asks
 * {@link Restrictions}.
 */
public interface RecordWrites {

    /**
     * The record a write by id touches, as the module found it: {@code found} when it is on file ({@code found} not
     * null) and not hidden from the caller; otherwise {@link org.peelrms.kernel.InvalidInput} with the module's own
     * words ({@code noSuch}, "There is no custody record 12."), the same for both, so a hidden record looks like a
     * wrong id. Not audited: the write is, or nothing happens.
     */
    <T> T existing(RecordRef record, T found, String noSuch);

    /** Whether the caller may see the record (false when it is hidden from them). Not audited. */
    boolean visible(RecordRef record);

    /** Whether the record is under a restriction in force that the caller is on (a reason is then kept). Not audited. */
    boolean restrictedToCaller(RecordRef record);

    /** Puts the CREATE entry of a new record on the audit trail. */
    void created(RecordRef record, Change change);

    /** Puts the CHANGE entry of a write to a record on the audit trail. */
    void changed(RecordRef record, Change change);

    /**
     * The same for what is not a restrictable record and has no {@link RecordRef}: a reference table's row (an
     * offence classification, a review interval, a name variant), a background job, a staff account, a sign-in
     * throttle, a person import. Only the entry; there is nothing to check.
     *
     * @param kind the kind as the audit log names it ({@code OFFENCE_CLASSIFICATION}, {@code STAFF_ACCOUNT}, …)
     */
    void created(String kind, Object id, Change change);

    /** The CHANGE entry of such a write. */
    void changed(String kind, Object id, Change change);

    /** The DELETE entry of such a write (a sign-in throttle cleared). */
    void deleted(String kind, Object id, Change change);
}
