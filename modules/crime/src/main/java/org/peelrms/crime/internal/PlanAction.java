package org.peelrms.crime.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.peelrms.crime.api.CrimeView;

/** One action of a crime's investigation plan: what, for whom, by when, and when it was done. */
@Entity
@Table(name = "plan_action", schema = "crime")
public class PlanAction {

    @Id
    @SequenceGenerator(name = "plan_action_seq", schema = "crime", sequenceName = "crime_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_action_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "crime_id")
    private CrimeRecord crime;

    @Column(nullable = false, length = 1000)
    private String action;

    @Column(name = "assigned_to", length = 64)
    private String assignedTo;

    private LocalDate due;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    @Column(name = "done_by", length = 64)
    private String doneBy;

    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    protected PlanAction() {
    }

    PlanAction(CrimeRecord crime, String action, String assignedTo, LocalDate due, Stamp stamp) {
        this.crime = crime;
        this.action = action;
        this.assignedTo = assignedTo;
        this.due = due;
        this.addedBy = stamp.user();
        this.addedAt = stamp.at();
    }

    void complete(Stamp stamp) {
        doneBy = stamp.user();
        doneAt = stamp.at();
    }

    Long id() {
        return id;
    }

    String action() {
        return action;
    }

    boolean done() {
        return doneAt != null;
    }

    CrimeView.PlanActionView view() {
        return new CrimeView.PlanActionView(id == null ? 0 : id, action, assignedTo, due, addedBy, addedAt, doneBy, doneAt);
    }
}
