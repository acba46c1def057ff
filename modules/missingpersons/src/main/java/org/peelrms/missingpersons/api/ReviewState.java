package org.peelrms.missingpersons.api;

/** Where an open case stands against its review schedule now. */
public enum ReviewState {
    /** Reported and not yet graded: grade it now. */
    NOT_GRADED,
    /** The review was due and has not been done. */
    OVERDUE,
    /** Due within the hour. */
    DUE_SOON,
    SCHEDULED
}
