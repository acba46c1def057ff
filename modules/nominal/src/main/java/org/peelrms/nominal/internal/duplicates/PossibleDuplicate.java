package org.peelrms.nominal.internal.duplicates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.DuplicateStatus;

/** One pair in the review queue (table {@code possible_duplicate}, V12). */
@Entity
@Table(name = "possible_duplicate", schema = "nominal")
public class PossibleDuplicate {
    static final int LONGEST_TEXT = 2000;

    @Id
    @SequenceGenerator(name = "possible_duplicate_seq", schema = "nominal", sequenceName = "possible_duplicate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "possible_duplicate_seq")
    private Long id;

    @Column(name = "first_person_id", nullable = false, updatable = false)
    private long firstPersonId;

    @Column(name = "second_person_id", nullable = false, updatable = false)
    private long secondPersonId;

    @Column(name = "match_weight", nullable = false)
    private double weight;

    @Column(nullable = false)
    private double probability;

    @Column(nullable = false, length = LONGEST_TEXT)
    private String explanation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DuplicateStatus status;

    @Column(name = "found_at", nullable = false)
    private OffsetDateTime foundAt;

    @Column(name = "found_by_job")
    private Long foundByJob;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Column(name = "review_reason", length = LONGEST_TEXT)
    private String reviewReason;

    @Version
    private int version;

    protected PossibleDuplicate() {
    }

    PossibleDuplicate(PossiblePair pair, long job) {
        this.firstPersonId = pair.firstId();
        this.secondPersonId = pair.secondId();
        this.status = DuplicateStatus.OPEN;
        found(pair, job);
    }

    /** Found (again) by a run of the finder: an open pair takes the new evidence; a reviewed one keeps its decision. */
    void found(PossiblePair pair, long job) {
        if (status != DuplicateStatus.OPEN) {
            return;
        }
        this.weight = pair.weight();
        this.probability = pair.probability();
        this.explanation = clip(pair.explanation());
        this.foundAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.foundByJob = job;
    }

    void notADuplicate(String reviewer, String reason) {
        if (status != DuplicateStatus.OPEN) {
            throw new InvalidInput("This pair is no longer open: it was marked " + status + " by " + reviewedBy + " at "
                    + reviewedAt + ".");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("Say why these two are different people (a reason is required).");
        }
        if (reason.strip().length() > LONGEST_TEXT) {
            throw new InvalidInput("The reason is too long: at most " + LONGEST_TEXT + " characters.");
        }
        status = DuplicateStatus.NOT_A_DUPLICATE;
        reviewedBy = reviewer;
        reviewedAt = OffsetDateTime.now(ZoneOffset.UTC);
        reviewReason = reason.strip();
    }

    /** The two were merged (ADR 0045): the merge's reviewer and reason are the pair's decision. */
    void merged(String reviewer, String reason) {
        status = DuplicateStatus.MERGED;
        reviewedBy = reviewer;
        reviewedAt = OffsetDateTime.now(ZoneOffset.UTC);
        reviewReason = clip(reason);
    }

    /** The merge was undone: the pair is open again, as the finder left it. */
    void reopened() {
        status = DuplicateStatus.OPEN;
        reviewedBy = null;
        reviewedAt = null;
        reviewReason = null;
    }

    private static String clip(String text) {
        return text.length() <= LONGEST_TEXT ? text : text.substring(0, LONGEST_TEXT - 1) + "…";
    }

    Long id() {
        return id;
    }

    long firstPersonId() {
        return firstPersonId;
    }

    long secondPersonId() {
        return secondPersonId;
    }

    double weight() {
        return weight;
    }

    double probability() {
        return probability;
    }

    String explanation() {
        return explanation;
    }

    DuplicateStatus status() {
        return status;
    }

    OffsetDateTime foundAt() {
        return foundAt;
    }

    String reviewedBy() {
        return reviewedBy;
    }

    OffsetDateTime reviewedAt() {
        return reviewedAt;
    }

    String reviewReason() {
        return reviewReason;
    }
}
