package org.peelrms.kernel;

import jakarta.ejb.ApplicationException;

/**
 * A change refused because the record is not in the state the caller believed: someone else changed
 * it since it was read, or it already is what the change would make it (a person already in custody).
 * Refused input like any other (pages show the message as they show {@link InvalidInput}'s), but the
 * REST client gets a 409 with the message rather than a 400. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class Conflict extends InvalidInput {
    private static final long serialVersionUID = 1L;

    public Conflict(String message) {
        super(message);
    }
}
