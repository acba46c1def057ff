package org.peelrms.missingpersons.api;

import java.util.Optional;

/**
 * The photograph of a missing person on their case. Adding one keeps the earlier ones; the newest is
 * the one shown. Both calls are audited; bad input is refused with a message and nothing is kept.
 */
public interface CasePhotographs {

    /** The largest photograph Peel keeps: 5 MiB. */
    int MAX_BYTES = 5 * 1024 * 1024;

    /** Adds a photograph to an open or found case (not a closed one). */
    void add(long caseId, NewPhotograph photograph);

    /**
     * The newest photograph of the case, if it has one; the viewing is audited with the reason. A case
     * restricted from the caller has none; one the caller may open asks for the reason
     * ({@link org.peelrms.restriction.api.ReasonRequired}) as the case itself does.
     */
    Optional<Photograph> current(long caseId, String reason);
}
