package org.peelrms.audit.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * The first broken link in the audit chain.
 *
 * @param position    the chain position where the break is
 * @param entryId     the entry at that position, or null when it is missing
 * @param occurredAt  that entry's time, or (when it is missing) the time of the entry before the gap; may be null
 * @param problem     what kind of break
 * @param explanation the break in plain words, for the report
 */
public record ChainBreak(long position, Long entryId, OffsetDateTime occurredAt, Problem problem,
        String explanation) implements Serializable {

    /** What is wrong with a link. */
    public enum Problem {
        CONTENT_CHANGED("Entry changed"),
        ENTRY_MISSING("Entry missing"),
        PREVIOUS_HASH_MISMATCH("Link to the previous entry broken"),
        OUTSIDE_CHAIN("Entry outside the chain"),
        HEAD_MISMATCH("Newest entries missing"),
        TREE_HEAD_MISMATCH("Tree head does not match");

        private final String label;

        Problem(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
