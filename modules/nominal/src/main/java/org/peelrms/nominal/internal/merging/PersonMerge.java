package org.peelrms.nominal.internal.merging;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peelrms.nominal.api.PersonDetails;
import org.peelrms.nominal.internal.Stamp;

/**
 * One merge of two people (table {@code person_merge}, V13; ADR 0045): who survived and who was merged away, both
 * persons' details just before, the marks and markers it moved to the survivor, who merged and why, and who undid
 * it and why. Enough to put both back exactly as they were.
 */
@Entity
@Table(name = "person_merge", schema = "nominal")
public class PersonMerge {

    @Id
    @SequenceGenerator(name = "person_merge_seq", schema = "nominal", sequenceName = "person_merge_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_merge_seq")
    private Long id;

    @Column(name = "survivor_id", nullable = false, updatable = false)
    private long survivorId;

    @Column(name = "merged_away_id", nullable = false, updatable = false)
    private long mergedAwayId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "surname", column = @Column(name = "survivor_surname")),
        @AttributeOverride(name = "forenames", column = @Column(name = "survivor_forenames")),
        @AttributeOverride(name = "dateOfBirth", column = @Column(name = "survivor_date_of_birth")),
        @AttributeOverride(name = "sex", column = @Column(name = "survivor_sex")),
        @AttributeOverride(name = "heightCm", column = @Column(name = "survivor_height_cm")),
        @AttributeOverride(name = "pncId", column = @Column(name = "survivor_pnc_id"))})
    private DetailsBefore survivorBefore;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "surname", column = @Column(name = "merged_away_surname")),
        @AttributeOverride(name = "forenames", column = @Column(name = "merged_away_forenames")),
        @AttributeOverride(name = "dateOfBirth", column = @Column(name = "merged_away_date_of_birth")),
        @AttributeOverride(name = "sex", column = @Column(name = "merged_away_sex")),
        @AttributeOverride(name = "heightCm", column = @Column(name = "merged_away_height_cm")),
        @AttributeOverride(name = "pncId", column = @Column(name = "merged_away_pnc_id"))})
    private DetailsBefore mergedAwayBefore;

    @ElementCollection
    @CollectionTable(name = "person_merge_mark", schema = "nominal", joinColumns = @JoinColumn(name = "merge_id"))
    @Column(name = "mark_id")
    private Set<Long> movedMarks = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "person_merge_marker", schema = "nominal", joinColumns = @JoinColumn(name = "merge_id"))
    @Column(name = "marker_id")
    private Set<Long> movedMarkers = new HashSet<>();

    @Column(name = "merged_by", nullable = false, updatable = false, length = 64)
    private String mergedBy;

    @Column(name = "merged_at", nullable = false, updatable = false)
    private OffsetDateTime mergedAt;

    @Column(nullable = false, updatable = false, length = JpaPersonMerges.LONGEST_REASON)
    private String reason;

    @Column(name = "undone_by", length = 64)
    private String undoneBy;

    @Column(name = "undone_at")
    private OffsetDateTime undoneAt;

    @Column(name = "undo_reason", length = JpaPersonMerges.LONGEST_REASON)
    private String undoReason;

    protected PersonMerge() {
    }

    PersonMerge(long survivorId, PersonDetails survivor, long mergedAwayId, PersonDetails mergedAway,
            List<Long> marks, List<Long> markers, Stamp stamp, String reason) {
        this.survivorId = survivorId;
        this.mergedAwayId = mergedAwayId;
        this.survivorBefore = new DetailsBefore(survivor);
        this.mergedAwayBefore = new DetailsBefore(mergedAway);
        this.movedMarks.addAll(marks);
        this.movedMarkers.addAll(markers);
        this.mergedBy = stamp.user();
        this.mergedAt = stamp.at();
        this.reason = reason;
    }

    void undone(Stamp stamp, String why) {
        this.undoneBy = stamp.user();
        this.undoneAt = stamp.at();
        this.undoReason = why;
    }

    long id() {
        return id;
    }

    long survivorId() {
        return survivorId;
    }

    long mergedAwayId() {
        return mergedAwayId;
    }

    PersonDetails survivorBefore() {
        return survivorBefore.details();
    }

    PersonDetails mergedAwayBefore() {
        return mergedAwayBefore.details();
    }

    Set<Long> movedMarks() {
        return Set.copyOf(movedMarks);
    }

    Set<Long> movedMarkers() {
        return Set.copyOf(movedMarkers);
    }

    String mergedBy() {
        return mergedBy;
    }

    OffsetDateTime mergedAt() {
        return mergedAt;
    }

    String reason() {
        return reason;
    }

    String undoneBy() {
        return undoneBy;
    }

    OffsetDateTime undoneAt() {
        return undoneAt;
    }

    String undoReason() {
        return undoReason;
    }

    boolean isUndone() {
        return undoneAt != null;
    }
}
