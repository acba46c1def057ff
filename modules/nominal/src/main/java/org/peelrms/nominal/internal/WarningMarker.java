package org.peelrms.nominal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.peelrms.nominal.api.MarkerType;
import org.peelrms.nominal.api.PersonRecord;

/** A warning marker on a person: set with a date and by whom; ended, never deleted, with a reason. */
@Entity
@Table(name = "warning_marker", schema = "nominal")
public class WarningMarker {

    @Id
    @SequenceGenerator(name = "warning_marker_seq", schema = "nominal", sequenceName = "warning_marker_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "warning_marker_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "marker_type", nullable = false, length = 30)
    private MarkerType type;

    @Column(length = 1000)
    private String note;

    @Column(name = "set_by", nullable = false, length = 64)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private OffsetDateTime setAt;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(name = "end_reason", length = 1000)
    private String endReason;

    protected WarningMarker() {
    }

    WarningMarker(Person person, MarkerType type, String note, Stamp stamp) {
        this.person = person;
        this.type = type;
        this.note = note;
        this.setBy = stamp.user();
        this.setAt = stamp.at();
    }

    Long id() {
        return id;
    }

    MarkerType type() {
        return type;
    }

    boolean active() {
        return endedAt == null;
    }

    void end(String reason, Stamp stamp) {
        this.endReason = reason;
        this.endedBy = stamp.user();
        this.endedAt = stamp.at();
    }

    PersonRecord.Marker view() {
        return new PersonRecord.Marker(id, type, note, setBy, setAt, endedBy, endedAt, endReason);
    }
}
