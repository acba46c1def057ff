package org.peelrms.missingpersons.internal;

import org.peelrms.kernel.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.peelrms.missingpersons.api.CaseView;
import org.peelrms.missingpersons.api.NewSighting;
import org.peelrms.missingpersons.api.Reliability;

/** A sighting of the missing person: when, where, by whom, and how reliable. */
@Entity
@Table(name = "sighting", schema = "missingpersons")
public class Sighting {

    @Id
    @SequenceGenerator(name = "sighting_seq", schema = "missingpersons", sequenceName = "case_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sighting_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private MissingCase missingCase;

    @Column(name = "seen_at", nullable = false)
    private OffsetDateTime seenAt;

    @Column(nullable = false, length = 300)
    private String place;

    @Column(name = "seen_by", nullable = false, length = 300)
    private String seenBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reliability reliability;

    @Column(length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected Sighting() {
    }

    Sighting(MissingCase missingCase, NewSighting sighting, Stamp stamp) {
        Require.present(sighting, "There is no sighting to record.");
        this.missingCase = missingCase;
        this.seenAt = Require.present(sighting.seenAt(), "Say when they were seen.");
        Require.happened(seenAt, stamp.at(), "The time of the sighting");
        this.place = Require.text(sighting.place(), 300, "Say where they were seen.");
        this.seenBy = Require.text(sighting.seenBy(), 300, "Say who saw them.");
        this.reliability = Require.present(sighting.reliability(),
                "Say how reliable the sighting is (confirmed, probable, possible or doubtful).");
        this.note = Require.optional(sighting.note(), 2000, "The note");
        this.recordedBy = stamp.user();
        this.recordedAt = stamp.at();
    }

    CaseView.SightingEntry view() {
        return new CaseView.SightingEntry(seenAt, place, seenBy, reliability, note, recordedBy, recordedAt);
    }
}
