package org.peelrms.kernel;

import jakarta.ejb.ApplicationException;

/**
 * Input that Peel refuses, with a message written for the person who gave it ("The user name
 * admin is already taken."). Rolls the transaction back, so nothing is half-written, and reaches
 * the page or the REST client as it is: a 400 with the message.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidInput(String message) {
        super(message);
    }
}
