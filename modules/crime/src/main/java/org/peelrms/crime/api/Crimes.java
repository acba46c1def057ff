package org.peelrms.crime.api;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Crime records: their people, investigation, finalisation, cancellation and transfer. Every call is
 * audited in the caller's transaction; bad input is refused with a message and changes nothing.
 */
public interface Crimes {

    /** The crime, for its page (the view is audited); empty if there is none. */
    Optional<CrimeView> crime(long id);

    /** The crime with this crime reference number, e.g. CR/2026/000123 (audited); empty if none. */
    Optional<CrimeView> crime(String number);

    /**
     * The crime, with the user's reason: a restricted crime (or one recorded from a restricted report)
     * the caller may not see is empty (the attempt audited), one they may see needs a reason
     * ({@link org.peelrms.restriction.api.ReasonRequired}).
     */
    Optional<CrimeView> crime(long id, String reason);

    /** The crime by its number, with the user's reason (as {@link #crime(long, String)}). */
    Optional<CrimeView> crime(String number, String reason);

    /**
     * Links a person on the people index to the crime in a role. One crime per victim: a crime has at
     * most one victim, and a victim has one crime for one report.
     */
    void linkPerson(long crimeId, long personId, PersonRole role);

    /** Sets the date of the next review of the investigation; supervisors only. */
    void setNextReview(long crimeId, LocalDate date);

    /** Adds an action to the investigation plan; returns its id. */
    long addAction(long crimeId, String action, String assignedTo, LocalDate due);

    /** Marks an action of the plan as done. */
    void completeAction(long crimeId, long actionId);

    /** Finalises the crime with a Home Office outcome type and rationale. */
    void finalise(long crimeId, Finalisation finalisation);

    /** Asks for the crime to be cancelled or transferred; returns the request's id. */
    long requestCancellation(long crimeId, CancellationRequest request);

    /**
     * A supervisor (the designated decision maker) approves or refuses a cancellation or transfer.
     * Approved, the crime is marked cancelled or transferred and kept.
     */
    void decideCancellation(long crimeId, long requestId, boolean approve, String note);

    /**
     * Whether a crime with this id is on file, and nothing more about it (no view is audited): for checks before
     * another record or a restriction names it. Open to every caller.
     */
    boolean exists(long id);
}
