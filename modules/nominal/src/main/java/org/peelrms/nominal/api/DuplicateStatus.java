package org.peelrms.nominal.api;

/** Where a possible duplicate stands in the review queue (ADR 0044). */
public enum DuplicateStatus {
    /** Found, not yet reviewed. */
    OPEN,
    /** A reviewer said the two are different people; the finder never puts the pair back. */
    NOT_A_DUPLICATE,
    /** The two were merged (ADR 0045); undoing the merge opens the pair again. */
    MERGED
}
