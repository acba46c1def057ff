package org.peelrms.audit.api;

import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The result of walking the audit chain.
 *
 * @param intact           true when every sealed entry checked is present, unchanged and linked to the one
 *                         before, and every tree head checked matches its entries
 * @param checked          how many sealed entries were checked
 * @param beforeChain      entries written before the chain existed (an upgraded database): kept, not covered
 * @param lastPosition     the newest position checked (the chain head when the check started)
 * @param lastHash         the hash at that position; keep a copy outside Peel to detect a rewritten head
 * @param verifiedAt       when the check started
 * @param firstBreak       the first broken link, or null when intact
 * @param unsealed         entries written but not yet sealed into the chain (the sealer seals them within
 *                         about a second; until then they are not covered)
 * @param oldestUnsealedAt when the oldest of those was written, or null when there are none
 * @param oldestUnsealedAgeMillis how long it had waited when the check started (0 when none)
 * @param newestTreeHead   the newest sealing batch's tree head checked, or null when there is none
 */
public record ChainReport(boolean intact, long checked, long beforeChain, long lastPosition, String lastHash,
        OffsetDateTime verifiedAt, ChainBreak firstBreak, long unsealed, OffsetDateTime oldestUnsealedAt,
        long oldestUnsealedAgeMillis, TreeHeadView newestTreeHead) implements Serializable {

    /** How long the oldest unsealed entry written before {@code verifiedAt} had waited then; 0 when none. */
    public static long ageMillis(OffsetDateTime oldestUnsealedAt, OffsetDateTime verifiedAt) {
        return oldestUnsealedAt == null || oldestUnsealedAt.isAfter(verifiedAt) ? 0
                : Duration.between(oldestUnsealedAt, verifiedAt).toMillis();
    }

    /** One line for the log: "intact: 1234 entries checked, …; 3 not yet sealed" or "BROKEN at position 17: …". */
    public String describe() {
        return (intact ? "intact: " + checked + " entries checked, up to position " + lastPosition
                : "BROKEN at position " + firstBreak.position() + ": " + firstBreak.explanation())
                + "; " + unsealed + " not yet sealed"
                + (unsealed == 0 ? "" : " (the oldest written " + oldestUnsealedAgeMillis + " ms before the check)");
    }
}
