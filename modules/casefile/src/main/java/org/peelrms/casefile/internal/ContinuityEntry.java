package org.peelrms.casefile.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.peelrms.casefile.api.Movement;
import org.peelrms.kernel.Require;

/** Who held an exhibit, from when to when, where it was kept. Never changed: a correction is a new entry. */
@Entity
@Table(name = "continuity_entry", schema = "casefile")
public class ContinuityEntry {

    @Id
    @SequenceGenerator(name = "continuity_seq", schema = "casefile", sequenceName = "file_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "continuity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "exhibit_id", updatable = false)
    private Exhibit exhibit;

    @Column(name = "held_by", nullable = false, length = 300, updatable = false)
    private String heldBy;

    @Column(name = "held_from", nullable = false, updatable = false)
    private OffsetDateTime heldFrom;

    @Column(name = "held_to", updatable = false)
    private OffsetDateTime heldTo;

    @Column(name = "stored_at", nullable = false, length = 300, updatable = false)
    private String storedAt;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    @Column(length = 2000, updatable = false)
    private String reason;

    protected ContinuityEntry() {
    }

    ContinuityEntry(Exhibit exhibit, Movement movement, Stamp stamp) {
        this.exhibit = exhibit;
        this.heldBy = Require.text(movement.heldBy(), 300, "Say who held the exhibit.");
        this.heldFrom = Require.present(movement.from(), "Say from when they held the exhibit.");
        this.heldTo = movement.to();
        Require.that(heldTo == null || !heldTo.isBefore(heldFrom), "An exhibit cannot be handed on before it was received.");
        Require.happened(heldFrom, stamp.at(), "The start of a continuity entry");
        this.storedAt = Require.text(movement.storedAt(), 300, "Say where the exhibit was kept (e.g. the property store, locker 12).");
        this.recordedBy = stamp.user();
        this.recordedAt = stamp.at();
        this.correctsId = movement.correctsId();
        this.reason = Require.optional(movement.reason(), 2000, "The reason for the correction");
    }

    long id() { return id; }
    String heldBy() { return heldBy; }
    OffsetDateTime heldFrom() { return heldFrom; }
    OffsetDateTime heldTo() { return heldTo; }
    String storedAt() { return storedAt; }
    String recordedBy() { return recordedBy; }
    OffsetDateTime recordedAt() { return recordedAt; }
    Long correctsId() { return correctsId; }
    String reason() { return reason; }
}
