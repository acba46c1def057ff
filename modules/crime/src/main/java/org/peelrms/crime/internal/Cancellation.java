package org.peelrms.crime.internal;

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
import org.peelrms.crime.api.CancellationReason;
import org.peelrms.crime.api.CancellationView;

/** A request to cancel or transfer a crime, with its reason and evidence, and a supervisor's decision. */
@Entity
@Table(name = "cancellation", schema = "crime")
public class Cancellation {

    @Id
    @SequenceGenerator(name = "cancellation_seq", schema = "crime", sequenceName = "crime_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cancellation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "crime_id")
    private CrimeRecord crime;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CancellationReason reason;

    @Column(nullable = false, length = 4000)
    private String evidence;

    @Column(name = "transferred_to", length = 200)
    private String transferredTo;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CancellationView.Status status = CancellationView.Status.REQUESTED;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    protected Cancellation() {
    }

    Cancellation(CrimeRecord crime, CancellationReason reason, String evidence, String transferredTo, Stamp stamp) {
        this.crime = crime;
        this.reason = reason;
        this.evidence = evidence;
        this.transferredTo = transferredTo;
        this.requestedBy = stamp.user();
        this.requestedAt = stamp.at();
    }

    void decide(boolean approve, String note, Stamp stamp) {
        status = approve ? CancellationView.Status.APPROVED : CancellationView.Status.REFUSED;
        decisionNote = note;
        decidedBy = stamp.user();
        decidedAt = stamp.at();
    }

    CrimeRecord crime() {
        return crime;
    }

    Long id() {
        return id;
    }

    CancellationReason reason() {
        return reason;
    }

    String requestedBy() {
        return requestedBy;
    }

    CancellationView.Status status() {
        return status;
    }

    CancellationView view() {
        return new CancellationView(id == null ? 0 : id, reason, evidence, transferredTo, requestedBy, requestedAt,
                status, decidedBy, decidedAt, decisionNote);
    }
}
