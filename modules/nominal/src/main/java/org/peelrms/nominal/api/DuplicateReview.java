package org.peelrms.nominal.api;

import java.util.List;
import java.util.Optional;

/**
 * The duplicate finder and its review queue (issue 18, ADR 0043, 0044): for administrators. Pairs with a
 * person restricted from the caller are left out of everything the caller sees.
 */
public interface DuplicateReview {
    /** The most pairs one page of the queue gives. */
    int MOST_PER_PAGE = 200;

    /** Starts the finder over the whole index in the background; the job's id (progress: {@link PeopleImports#job}). Audited. */
    long startFinding();

    /** A page of the queue in this status, most probable first. */
    List<PossibleDuplicateView> queue(DuplicateStatus status, int first, int max);

    /** How many pairs are in this status (that the caller may see). */
    long count(DuplicateStatus status);

    /**
     * A reviewer's decision that the two are different people, with their reason (required). Audited. Refused
     * ({@code InvalidInput}) for a pair no longer open or a blank reason; empty when there is no such pair (or
     * it has a person restricted from the caller).
     */
    Optional<PossibleDuplicateView> notADuplicate(long id, String reason);
}
