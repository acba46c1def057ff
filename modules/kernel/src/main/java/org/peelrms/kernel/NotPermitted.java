package org.peelrms.kernel;

import jakarta.ejb.ApplicationException;

/**
 * Something the user's role would allow in general but not here, with a message saying why ("You prepared
 * this file; another supervisor must check it."): a rule about who may act on this record. Rolls the
 * transaction back, and reaches the REST client as a 403 with the message, the page as a message.
 */
@ApplicationException(rollback = true)
public class NotPermitted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotPermitted(String message) {
        super(message);
    }
}
