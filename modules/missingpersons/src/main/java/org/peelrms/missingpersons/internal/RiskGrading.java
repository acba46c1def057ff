package org.peelrms.missingpersons.internal;

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
import org.peelrms.missingpersons.api.GradingKind;
import org.peelrms.missingpersons.api.RiskLevel;

/** One grading of a case's risk: the risk history, never changed once written. */
@Entity
@Table(name = "risk_grading", schema = "missingpersons")
public class RiskGrading {
    @Id
    @SequenceGenerator(name = "grading_seq", schema = "missingpersons", sequenceName = "case_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grading_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private MissingCase missingCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private GradingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 20)
    private RiskLevel level;

    @Column(nullable = false, length = 4000)
    private String rationale;

    @Column(name = "graded_by", nullable = false, length = 64)
    private String gradedBy;

    @Column(name = "graded_at", nullable = false)
    private OffsetDateTime gradedAt;

    @Column(name = "was_due_at")
    private OffsetDateTime wasDueAt;

    @Column(name = "next_due")
    private OffsetDateTime nextDue;

    protected RiskGrading() {
    }

    RiskGrading(MissingCase missingCase, GradingKind kind, RiskLevel level, String rationale, Stamp stamp,
            OffsetDateTime wasDueAt, OffsetDateTime nextDue) {
        this.missingCase = missingCase;
        this.kind = kind;
        this.level = level;
        this.rationale = rationale;
        this.gradedBy = stamp.user();
        this.gradedAt = stamp.at();
        this.wasDueAt = wasDueAt;
        this.nextDue = nextDue;
    }

    GradingKind kind() {
        return kind;
    }

    RiskLevel level() {
        return level;
    }

    OffsetDateTime gradedAt() {
        return gradedAt;
    }

    /** A review done after the time it was due: a missed review. */
    boolean late() {
        return wasDueAt != null && gradedAt.isAfter(wasDueAt);
    }

    /** True for a grading that answered a scheduled review. */
    boolean answeredAReview() {
        return wasDueAt != null;
    }

    CaseView.Grading view() {
        return new CaseView.Grading(kind, level, rationale, gradedBy, gradedAt, wasDueAt, nextDue, late());
    }
}
