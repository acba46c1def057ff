package org.peelrms.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.peelrms.audit.api.TreeHeadView;

/**
 * One sealing batch's tree head (RFC 9162 style): the positions it sealed, the Merkle tree hash over
 * their entry hashes, and the chain's hash at its last position. Written by the sealer with the batch;
 * append-only in the database (ADR 0029).
 */
@Entity
@Table(name = "audit_tree_head", schema = "audit")
public class TreeHead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long batch;

    @Column(name = "first_position", nullable = false, updatable = false)
    private long firstPosition;

    @Column(name = "last_position", nullable = false, updatable = false)
    private long lastPosition;

    @Column(nullable = false, updatable = false)
    private int entries;

    @Column(name = "merkle_root", nullable = false, updatable = false, length = 64)
    private String merkleRoot;

    @Column(name = "last_hash", nullable = false, updatable = false, length = 64)
    private String lastHash;

    @Column(name = "sealed_at", nullable = false, updatable = false)
    private OffsetDateTime sealedAt;

    protected TreeHead() {
    }

    TreeHead(long firstPosition, long lastPosition, String merkleRoot, String lastHash, OffsetDateTime sealedAt) {
        this.firstPosition = firstPosition;
        this.lastPosition = lastPosition;
        this.entries = (int) (lastPosition - firstPosition + 1);
        this.merkleRoot = merkleRoot;
        this.lastHash = lastHash;
        this.sealedAt = sealedAt.truncatedTo(ChronoUnit.MICROS);
    }

    Long batch() {
        return batch;
    }

    long firstPosition() {
        return firstPosition;
    }

    long lastPosition() {
        return lastPosition;
    }

    String merkleRoot() {
        return merkleRoot.strip();
    }

    String lastHash() {
        return lastHash.strip();
    }

    TreeHeadView view() {
        return new TreeHeadView(batch, firstPosition, lastPosition, entries, merkleRoot(), lastHash(), sealedAt);
    }
}
