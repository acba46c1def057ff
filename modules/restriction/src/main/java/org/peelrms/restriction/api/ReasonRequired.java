package org.peelrms.restriction.api;

import jakarta.ejb.ApplicationException;

/**
 * The caller may open the record or run the search, but must first say why: a restricted record, or a
 * search option an administrator marked sensitive. Pages ask for the reason; the REST API answers 428
 * with this message.
 */
@ApplicationException(rollback = true)
public class ReasonRequired extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReasonRequired(String message) {
        super(message);
    }
}
