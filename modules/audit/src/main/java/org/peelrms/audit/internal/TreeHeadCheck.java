package org.peelrms.audit.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.LongFunction;
import org.peelrms.audit.api.ChainBreak;
import org.peelrms.audit.api.ChainBreak.Problem;

/**
 * Checks the sealing batches' tree heads against the chain as the verification walks it (ADR 0029):
 * each head's Merkle tree hash must be the one over the entry hashes at its positions, and its last
 * hash the chain's hash at its last position. Given the intact entries one at a time in position order;
 * reads the heads a page at a time through the function given (heads ending after a position, in order).
 * Entries chained before the sealer existed have no tree head and are passed over.
 */
final class TreeHeadCheck {
    private final LongFunction<List<TreeHead>> headsEndingAfter;
    private final Deque<TreeHead> fetched = new ArrayDeque<>();
    private long fetchedUpTo;
    private boolean noMore;
    private TreeHead current;
    private final List<String> hashes = new ArrayList<>();
    private ChainBreak firstBreak;

    TreeHeadCheck(LongFunction<List<TreeHead>> headsEndingAfter) {
        this.headsEndingAfter = headsEndingAfter;
    }

    /** The next intact entry of the walk; false when a tree head does not match (the walk can stop). */
    boolean next(long position, String entryHash) {
        if (firstBreak != null) {
            return false;
        }
        if (current == null || position > current.lastPosition()) {
            current = headCovering(position);
            hashes.clear();
            if (current == null) {
                return true;
            }
        }
        if (position < current.firstPosition()) {
            return true;
        }
        hashes.add(entryHash.strip());
        if (position == current.lastPosition()) {
            String root = MerkleTreeHash.of(hashes);
            if (hashes.size() != current.lastPosition() - current.firstPosition() + 1
                    || !root.equals(current.merkleRoot()) || !entryHash.strip().equals(current.lastHash())) {
                firstBreak = new ChainBreak(current.lastPosition(), null, null, Problem.TREE_HEAD_MISMATCH,
                        "the tree head of sealing batch " + current.batch() + " (positions " + current.firstPosition()
                                + " to " + current.lastPosition() + ") does not match the entries at those positions:"
                                + " the tree head, or the entries, were altered after sealing.");
                return false;
            }
            current = null;
        }
        return true;
    }

    ChainBreak firstBreak() {
        return firstBreak;
    }

    /** The first tree head that ends at or after the position, or null when there is none. */
    private TreeHead headCovering(long position) {
        while (true) {
            while (!fetched.isEmpty() && fetched.peekFirst().lastPosition() < position) {
                fetched.pollFirst();
            }
            if (!fetched.isEmpty()) {
                return fetched.peekFirst();
            }
            if (noMore) {
                return null;
            }
            List<TreeHead> page = headsEndingAfter.apply(Math.max(fetchedUpTo, position - 1));
            if (page.isEmpty()) {
                noMore = true;
            } else {
                fetched.addAll(page);
                fetchedUpTo = page.get(page.size() - 1).lastPosition();
            }
        }
    }
}
