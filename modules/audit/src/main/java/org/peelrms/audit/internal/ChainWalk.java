package org.peelrms.audit.internal;

import java.time.OffsetDateTime;
import org.peelrms.audit.api.ChainBreak;
import org.peelrms.audit.api.ChainBreak.Problem;

/**
 * Follows the chain one entry at a time, in position order, and keeps the first broken link. Knows
 * nothing of the database: it is given each entry's position, stored hashes and recomputed hash.
 */
final class ChainWalk {
    private long expectedPosition = 1;
    private String previousHash = EntryHash.GENESIS;
    private OffsetDateTime previousTime;
    private long checked;
    private ChainBreak firstBreak;

    /** Checks the next entry; false once the chain is broken (the rest need not be read). */
    boolean next(long position, long entryId, OffsetDateTime occurredAt, String storedPreviousHash,
            String storedHash, String recomputedHash) {
        if (firstBreak != null) {
            return false;
        }
        if (position != expectedPosition) {
            String missing = position == expectedPosition + 1 ? "the entry at position " + expectedPosition + " is"
                    : "the entries at positions " + expectedPosition + " to " + (position - 1) + " are";
            firstBreak = new ChainBreak(expectedPosition, null, previousTime, Problem.ENTRY_MISSING,
                    missing + " missing: the chain jumps from position " + (expectedPosition - 1) + " to " + position
                            + " (entry " + entryId + "). An entry has been deleted.");
            return false;
        }
        checked++;
        if (!previousHash.equals(storedPreviousHash)) {
            firstBreak = new ChainBreak(position, entryId, occurredAt, Problem.PREVIOUS_HASH_MISMATCH,
                    "entry " + entryId + " does not link to the entry before it: it holds " + abbreviated(storedPreviousHash)
                            + " as the previous entry's hash, which is " + abbreviated(previousHash)
                            + ". An entry has been altered, removed or put in.");
            return false;
        }
        if (!recomputedHash.equals(storedHash)) {
            firstBreak = new ChainBreak(position, entryId, occurredAt, Problem.CONTENT_CHANGED,
                    "entry " + entryId + " has been changed since it was written: its content no longer matches its hash.");
            return false;
        }
        expectedPosition++;
        previousHash = storedHash;
        previousTime = occurredAt;
        return true;
    }

    /** After the last entry: the newest position must be the head's, with the head's hash. */
    void end(long headPosition, String headHash) {
        if (firstBreak != null) {
            return;
        }
        long last = expectedPosition - 1;
        if (last < headPosition) {
            firstBreak = new ChainBreak(expectedPosition, null, previousTime, Problem.HEAD_MISMATCH,
                    "the chain ends at position " + last + " but its head says " + headPosition
                            + ": the newest entries have been deleted.");
        } else if (!previousHash.equals(headHash)) {
            firstBreak = new ChainBreak(last, null, previousTime, Problem.HEAD_MISMATCH,
                    "the newest entry's hash " + abbreviated(previousHash) + " is not the one the chain head holds, "
                            + abbreviated(headHash) + ": the newest entries have been altered or the head rewritten.");
        }
    }

    /** Records a break found outside the walk, e.g. an entry written after the chain began but not in it. */
    void broken(ChainBreak found) {
        if (firstBreak == null) {
            firstBreak = found;
        }
    }

    long checked() {
        return checked;
    }

    ChainBreak firstBreak() {
        return firstBreak;
    }

    private static String abbreviated(String hash) {
        return hash == null ? "nothing" : hash.strip().substring(0, Math.min(12, hash.strip().length())) + "…";
    }
}
