package org.peelrms.audit.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A sealing batch's tree head, for publishing outside Peel (ADR 0029): the batch number, the chain
 * positions it sealed, the Merkle tree hash over their entry hashes (RFC 9162, section 2.1.1), the
 * chain's hash at its last position, and when it was sealed.
 */
public record TreeHeadView(long batch, long firstPosition, long lastPosition, int entries, String merkleRoot,
        String lastHash, OffsetDateTime sealedAt) implements Serializable {
}
