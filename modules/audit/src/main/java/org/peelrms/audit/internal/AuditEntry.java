package org.peelrms.audit.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.peelrms.audit.api.AuditAction;
import org.peelrms.audit.api.AuditEntryView;

/**
 * One line of the audit log. Written once and never changed: every column is insert-only here, and
 * the database refuses UPDATE, DELETE and TRUNCATE on the table (migration V1).
 */
@Entity
@Table(name = "audit_entry", schema = "audit")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", schema = "audit", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private AuditAction action;

    @Column(name = "record_type", nullable = false, updatable = false, length = 40)
    private String recordType;

    @Column(name = "record_id", updatable = false, length = 64)
    private String recordId;

    @Column(updatable = false, length = 2000)
    private String summary;

    @Column(updatable = false, length = 1000)
    private String reason;

    @Column(name = "result_count", updatable = false)
    private Integer resultCount;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    /**
     * The ids of the records a search returned, best first, at most 100 (migration V3). Part of the
     * entry's content: written with it, never changed.
     */
    @ElementCollection
    @CollectionTable(name = "audit_entry_result", schema = "audit", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    @Column(name = "record_id", nullable = false, length = 64)
    private List<String> resultRecordIds = new ArrayList<>();

    protected AuditEntry() {
    }

    AuditEntry(OffsetDateTime occurredAt, String username, AuditAction action, String recordType, String recordId,
            String summary, String reason, Integer resultCount, String clientAddress) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.summary = Text.clip(summary, 2000);
        this.reason = Text.clip(reason, 1000);
        this.resultCount = resultCount;
        this.clientAddress = Text.clip(clientAddress, 64);
    }

    /** Keeps the ids of the records a search returned; only before the entry is written. */
    AuditEntry withResults(List<String> ids) {
        ids.forEach(id -> resultRecordIds.add(Text.clip(id, 64)));
        return this;
    }

    List<String> resultRecordIds() {
        return List.copyOf(resultRecordIds);
    }

    AuditEntryView view() {
        return new AuditEntryView(id, occurredAt, username, action, recordType, recordId, summary, reason, resultCount,
                clientAddress);
    }
}
