package org.peelrms.casefile.internal;

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
import jakarta.persistence.CascadeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.peelrms.casefile.api.Movement;
import org.peelrms.casefile.api.NewExhibit;
import org.peelrms.kernel.Require;

/** An exhibit (MG12) and its continuity record, which only ever grows (triggers refuse any change). */
@Entity
@Table(name = "exhibit", schema = "casefile")
public class Exhibit {
    @Id
    @SequenceGenerator(name = "exhibit_seq", schema = "casefile", sequenceName = "file_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exhibit_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "file_id")
    private CaseFile file;

    @Column(nullable = false, length = 30, updatable = false)
    private String reference;

    @Column(nullable = false, length = 2000, updatable = false)
    private String description;

    @Column(name = "seized_by", nullable = false, length = 300, updatable = false)
    private String seizedBy;

    @Column(name = "seized_at", nullable = false, updatable = false)
    private OffsetDateTime seizedAt;

    @Column(name = "seized_from", nullable = false, length = 300, updatable = false)
    private String seizedFrom;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @OneToMany(mappedBy = "exhibit", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ContinuityEntry> continuity = new ArrayList<>();

    protected Exhibit() {
    }

    Exhibit(CaseFile file, NewExhibit exhibit, Stamp stamp) {
        Require.present(exhibit, "There is no exhibit to add.");
        this.file = file;
        this.reference = Require.text(exhibit.reference(), 30, "Give the exhibit's reference, e.g. JS/1.");
        this.description = Require.text(exhibit.description(), 2000, "Describe the exhibit.");
        this.seizedBy = Require.text(exhibit.seizedBy(), 300, "Say who seized or produced the exhibit.");
        this.seizedAt = Require.present(exhibit.seizedAt(), "Say when the exhibit was seized.");
        Require.happened(seizedAt, stamp.at(), "The time the exhibit was seized");
        this.seizedFrom = Require.text(exhibit.seizedFrom(), 300, "Say where or from whom the exhibit was seized.");
        this.recordedBy = stamp.user();
        this.recordedAt = stamp.at();
        continuity.add(new ContinuityEntry(this, new Movement(seizedBy, seizedAt, null, exhibit.storedAt(), null, null), stamp));
    }

    ContinuityEntry record(Movement movement, Stamp stamp) {
        Require.present(movement, "Say who held the exhibit, from when, and where it was kept.");
        if (movement.correctsId() != null) {
            Require.that(continuity.stream().anyMatch(c -> c.id() == movement.correctsId()),
                    "Entry " + movement.correctsId() + " is not in this exhibit's continuity record.");
            Require.text(movement.reason(), 2000, "Say why the entry is corrected.");
        }
        Require.that(movement.from() == null || !movement.from().isBefore(seizedAt),
                "The exhibit cannot be held before it was seized (" + seizedAt + ").");
        ContinuityEntry entry = new ContinuityEntry(this, movement, stamp);
        continuity.add(entry);
        return entry;
    }

    long id() { return id; }
    String reference() { return reference; }
    String description() { return description; }
    String seizedBy() { return seizedBy; }
    OffsetDateTime seizedAt() { return seizedAt; }
    String seizedFrom() { return seizedFrom; }
    List<ContinuityEntry> continuity() { return continuity; }
}
