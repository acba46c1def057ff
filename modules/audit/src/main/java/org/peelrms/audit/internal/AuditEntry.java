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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.peelrms.kernel.RecordRef;
import org.peelrms.audit.api.AuditAction;
import org.peelrms.audit.api.AuditEntryView;
import org.peelrms.audit.api.FieldChange;

/**
 * One line of the audit log. Written once and never changed: every content column is insert-only here,
 * and the database refuses DELETE and TRUNCATE on the table (migration V1) and every UPDATE but the
 * sealing (V4). Since V2 each entry has a place in the hash chain (position, previous entry's hash, its
 * own hash; ADR 0017) and the fields it altered (ADR 0018); entries from before V2 have no position.
 * Since V4 an entry is written unsealed, with an insertion number, and the sealer gives it its place
 * in the chain shortly after (ADR 0029).
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

    /** The insertion number, given by the database (sequence {@code audit_append_seq}, migration V4). */
    @Column(name = "appended", insertable = false, updatable = false)
    private Long appended;

    // The seal: empty when the entry is written, set once by the sealer (ADR 0029); the database refuses
    // any other change (trigger audit_entry_sealed_once).
    @Column(name = "chain_position", insertable = false)
    private Long chainPosition;

    @Column(name = "previous_hash", insertable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", insertable = false, length = 64)
    private String entryHash;

    @Column(name = "sealed_at", insertable = false)
    private OffsetDateTime sealedAt;

    @ElementCollection
    @CollectionTable(name = "audit_change", schema = "audit", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "line")
    private List<RecordedChange> changes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "audit_entry_name", schema = "audit", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<NamedRecord> names = new ArrayList<>();

    protected AuditEntry() {
    }

    /** The time is kept to the microsecond, as PostgreSQL stores it, so the hash of what is read back matches. */
    AuditEntry(OffsetDateTime occurredAt, String username, AuditAction action, String recordType, String recordId,
            String summary, String reason, Integer resultCount, String clientAddress, List<FieldChange> fieldChanges) {
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.username = username;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.summary = Text.clip(summary, 2000);
        this.reason = Text.clip(reason, 1000);
        this.resultCount = resultCount;
        this.clientAddress = Text.clip(clientAddress, 64);
        fieldChanges.forEach(change -> changes.add(new RecordedChange(change)));
    }

    /**
     * Puts the entry at its place in the chain, after the entry whose hash is given, and seals it with the
     * hash of its content (its field changes and a search's result ids given, as read with it).
     */
    void seal(long position, String previousEntryHash, List<FieldChange> itsChanges, List<String> itsResults,
            List<String> itsNames, OffsetDateTime now) {
        this.chainPosition = position;
        this.previousHash = previousEntryHash;
        this.entryHash = EntryHash.of(this, itsChanges, itsResults, itsNames);
        this.sealedAt = now;
    }

    /** The changes as written; only while the entry is managed or just built. */
    List<FieldChange> changeViews() {
        return changes.stream().map(RecordedChange::view).toList();
    }

    Long id() {
        return id;
    }

    OffsetDateTime occurredAt() {
        return occurredAt;
    }

    String username() {
        return username;
    }

    AuditAction action() {
        return action;
    }

    String recordType() {
        return recordType;
    }

    String recordId() {
        return recordId;
    }

    String summary() {
        return summary;
    }

    String reason() {
        return reason;
    }

    Integer resultCount() {
        return resultCount;
    }

    String clientAddress() {
        return clientAddress;
    }

    Long appended() {
        return appended;
    }

    Long chainPosition() {
        return chainPosition;
    }

    String previousHash() {
        return previousHash;
    }

    String entryHash() {
        return entryHash;
    }

    /** Keeps the ids of the records a search returned; only before the entry is written. */
    AuditEntry withResults(List<String> ids) {
        ids.forEach(id -> resultRecordIds.add(Text.clip(id, 64)));
        return this;
    }

    /** The entry naming these records as well (ADR 0040). */
    AuditEntry naming(List<RecordRef> records) {
        records.forEach(record -> names.add(new NamedRecord(record)));
        return this;
    }

    /** The records it names, as hashed; only while the entry is managed or just built. */
    List<String> nameTexts() {
        return names.stream().map(NamedRecord::text).toList();
    }

    List<String> resultRecordIds() {
        return List.copyOf(resultRecordIds);
    }

    AuditEntryView view() {
        return new AuditEntryView(id, occurredAt, username, action, recordType, recordId, summary, reason, resultCount,
                clientAddress);
    }
}
