package org.peelrms.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of the audit chain: the newest position, its hash, and the newest insertion number sealed. One
 * row. Only the sealer locks it and moves it on, in the transaction that seals a batch (ADR 0029; until
 * V4 every writer did, ADR 0017).
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

    @Column(name = "last_appended", nullable = false)
    private long lastAppended;

    protected ChainHead() {
    }

    long lastPosition() {
        return lastPosition;
    }

    String lastHash() {
        return lastHash;
    }

    /** The newest insertion number sealed: the sealer's baseline for telling a gap (ADR 0029). */
    long lastAppended() {
        return lastAppended;
    }

    void advanceTo(long position, String hash, long appended) {
        this.lastPosition = position;
        this.lastHash = hash;
        this.lastAppended = Math.max(lastAppended, appended);
    }
}
