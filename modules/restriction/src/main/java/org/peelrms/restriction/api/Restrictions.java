package org.peelrms.restriction.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peelrms.kernel.RecordRef;

/**
 * Restricted records. Restricting and lifting are for supervisors and administrators, and audited on
 * the record itself. The questions are open to every caller, because every record module asks them on
 * every way in (ADR 0019): {@link #admit} on opening one record, {@link #hidden} to leave restricted
 * records out of searches, lists, counts and reports.
 */
public interface Restrictions {

    /** Restricts a record; returns the restriction's id. Supervisors and administrators. */
    long restrict(NewRestriction restriction);

    /**
     * Lifts a restriction, with the reason. Administrators may lift any; a supervisor only one they are
     * on the list of.
     */
    void lift(long restrictionId, String reason);

    /** Every restriction in force, newest first; administrators only (they manage them). */
    List<RestrictionView> inForce();

    /** The restriction on a record, if there is one and the caller is on its list; else empty. */
    Optional<RestrictionView> on(String recordType, long recordId);

    /** What the caller may do with the record. */
    Access access(String recordType, long recordId);

    /**
     * The one check on opening a record by its id. Hidden from the caller: the denied attempt is
     * audited and the answer is false (the caller then answers "not found", as for a record that does
     * not exist). Allowed but no reason given: {@link ReasonRequired}. Otherwise true; the caller's
     * own view entry carries the reason.
     */
    boolean admit(String recordType, long recordId, String reason);

    /** The ids of the records of this type that are restricted and hidden from the caller (few). */
    Set<Long> hidden(String recordType);

    /**
     * Which of these (record type, id) pairs are under a restriction in force, whoever is on its list;
     * auditors and administrators, to flag restricted records in the audit reports. It says no more
     * than the audit log already does (type and id, never the record's contents).
     */
    Set<RecordRef> restrictedAmong(Collection<RecordRef> records);
}
