package org.peelrms.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of the audit chain: the newest position and its hash. One row. A writer locks it, takes the
 * next position and moves it on, in the transaction that writes the entry (ADR 0017).
 */
@Entity
@Table(name = "audit_chain_head", schema = "audit")
public class ChainHead {
    static final short ID = 1;

    @Id
    private Short id;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected ChainHead() {
    }

    long lastPosition() {
        return lastPosition;
    }

    String lastHash() {
        return lastHash;
    }

    void advanceTo(long position, String hash) {
        this.lastPosition = position;
        this.lastHash = hash;
    }
}
