package org.peelrms.crime.internal;

import org.peelrms.kernel.Require;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.peelrms.crime.api.RiskAnswer;
import org.peelrms.crime.api.RiskAssessmentView;
import org.peelrms.crime.api.RiskLevel;

/** A domestic-abuse risk assessment of a report: the level and the answers that led to it. */
@Entity
@Table(name = "risk_assessment", schema = "crime")
public class RiskAssessment {

    @Id
    @SequenceGenerator(name = "risk_assessment_seq", schema = "crime", sequenceName = "crime_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risk_assessment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RiskLevel level;

    @ElementCollection
    @CollectionTable(name = "risk_answer", schema = "crime", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<Answer> answers = new ArrayList<>();

    @Column(name = "assessed_by", nullable = false, length = 64)
    private String assessedBy;

    @Column(name = "assessed_at", nullable = false)
    private OffsetDateTime assessedAt;

    protected RiskAssessment() {
    }

    RiskAssessment(Report report, RiskLevel level, List<RiskAnswer> given, Stamp stamp) {
        this.report = report;
        this.level = Require.present(level, "Choose the risk level: standard, medium or high.");
        Require.that(given != null && given.stream().anyMatch(a -> a != null && a.answer() != null && !a.answer().isBlank()),
                "Record the answers that led to the risk level.");
        for (RiskAnswer answer : given) {
            if (answer != null && answer.answer() != null && !answer.answer().isBlank()) {
                answers.add(new Answer(Require.text(answer.question(), 300, "Each answer needs its question."),
                        Require.text(answer.answer(), 1000, "Each answer needs its text.")));
            }
        }
        this.assessedBy = stamp.user();
        this.assessedAt = stamp.at();
    }

    RiskLevel level() {
        return level;
    }

    RiskAssessmentView view() {
        return new RiskAssessmentView(level, answers.stream().map(a -> new RiskAnswer(a.question, a.answer)).toList(),
                assessedBy, assessedAt);
    }

    /** One question and its answer. */
    @Embeddable
    public static class Answer {
        @Column(nullable = false, length = 300)
        private String question;

        @Column(nullable = false, length = 1000)
        private String answer;

        protected Answer() {
        }

        Answer(String question, String answer) {
            this.question = question;
            this.answer = answer;
        }
    }
}
