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
import org.peelrms.nominal.api.MarkKind;
import org.peelrms.nominal.api.PersonRecord;

/** A scar, mark or tattoo: what it is and where on the body. */
@Entity
@Table(name = "identifying_mark", schema = "nominal")
public class IdentifyingMark {

    @Id
    @SequenceGenerator(name = "identifying_mark_seq", schema = "nominal", sequenceName = "identifying_mark_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identifying_mark_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MarkKind kind;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(name = "body_location", nullable = false, length = 200)
    private String bodyLocation;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected IdentifyingMark() {
    }

    IdentifyingMark(Person person, MarkKind kind, String description, String bodyLocation, Stamp stamp) {
        this.person = person;
        this.kind = kind;
        this.description = description;
        this.bodyLocation = bodyLocation;
        this.recordedBy = stamp.user();
        this.recordedAt = stamp.at();
    }

    String text() {
        return kind.label() + " " + description + " " + bodyLocation;
    }

    PersonRecord.Mark view() {
        return new PersonRecord.Mark(id, kind, description, bodyLocation, recordedBy, recordedAt);
    }
}
