package org.peelrms.audit.api;

import java.time.OffsetDateTime;

/**
 * The result of walking the audit chain.
 *
 * @param intact        true when every entry checked is present, unchanged and linked to the one before
 * @param checked       how many chained entries were checked
 * @param beforeChain   entries written before the chain existed (an upgraded database): kept, not covered
 * @param lastPosition  the newest position checked (the chain head when the check started)
 * @param lastHash      the hash at that position; keep a copy outside Peel to detect a rewritten head
 * @param verifiedAt    when the check started
 * @param firstBreak    the first broken link, or null when intact
 */
public record ChainReport(boolean intact, long checked, long beforeChain, long lastPosition, String lastHash,
        OffsetDateTime verifiedAt, ChainBreak firstBreak) {

    /** One line for the log: "intact: 1234 entries checked" or "BROKEN at position 17: …". */
    public String describe() {
        return intact ? "intact: " + checked + " entries checked, up to position " + lastPosition
                : "BROKEN at position " + firstBreak.position() + ": " + firstBreak.explanation();
    }
}
