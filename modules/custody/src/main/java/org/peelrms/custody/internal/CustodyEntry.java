package org.peelrms.custody.internal;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.peelrms.custody.api.DisposalType;
import org.peelrms.custody.api.Entitlement;
import org.peelrms.custody.api.EntryKind;
import org.peelrms.custody.api.ObservationLevel;
import org.peelrms.custody.api.Rank;

/**
 * One entry on a custody record: what happened, when, who recorded it and when. Written once and never
 * changed or removed: every column is mapped not updatable, and the database refuses UPDATE and DELETE
 * (migration V1). A correction is a new entry of the same kind pointing at the one it corrects; the
 * rules then read the correction in its place. The typed columns hold the structured part of the
 * kinds that have one (cell, observation level, rank, the end of an extension or warrant, the disposal).
 */
@Entity
@Table(name = "custody_entry", schema = "custody")
public class CustodyEntry {

    @Id
    @SequenceGenerator(name = "custody_entry_seq", schema = "custody", sequenceName = "custody_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custody_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id", updatable = false)
    private CustodyRecord record;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private EntryKind kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(length = 4000, updatable = false)
    private String text;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    @Column(name = "correction_reason", length = 1000, updatable = false)
    private String correctionReason;

    @Column(length = 40, updatable = false)
    private String cell;

    @Enumerated(EnumType.STRING)
    @Column(name = "observation_level", length = 20, updatable = false)
    private ObservationLevel level;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, updatable = false)
    private Entitlement entitlement;

    @Enumerated(EnumType.STRING)
    @Column(name = "officer_rank", length = 30, updatable = false)
    private Rank rank;

    @Column(name = "authorised_by", length = 200, updatable = false)
    private String authorisedBy;

    @Column(name = "until_at", updatable = false)
    private OffsetDateTime until;

    @Column(name = "continue_detention", updatable = false)
    private Boolean continueDetention;

    @Column(length = 1000, updatable = false)
    private String postponement;

    @Enumerated(EnumType.STRING)
    @Column(length = 40, updatable = false)
    private DisposalType disposal;

    @Column(name = "return_date", updatable = false)
    private LocalDate returnDate;

    @Column(name = "transferred_to", length = 200, updatable = false)
    private String transferredTo;

    protected CustodyEntry() {
    }

    CustodyEntry(CustodyRecord record, EntryKind kind, OffsetDateTime occurredAt, String text, Stamp stamp) {
        this.record = record;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.text = text;
        this.recordedAt = stamp.at();
        this.recordedBy = stamp.user();
    }

    /** A correction: this entry's structured part, with the corrected text and time, pointing at this one. */
    CustodyEntry correctedAs(String newText, OffsetDateTime newTime, String reason, Stamp stamp) {
        CustodyEntry correction = new CustodyEntry(record, kind, newTime, newText, stamp);
        correction.correctsId = id;
        correction.correctionReason = reason;
        correction.cell = cell;
        correction.level = level;
        correction.entitlement = entitlement;
        correction.rank = rank;
        correction.authorisedBy = authorisedBy;
        correction.until = until;
        correction.continueDetention = continueDetention;
        correction.postponement = postponement;
        correction.disposal = disposal;
        correction.returnDate = returnDate;
        correction.transferredTo = transferredTo;
        return correction;
    }

    CustodyEntry cell(String value) {
        this.cell = value;
        return this;
    }

    CustodyEntry level(ObservationLevel value) {
        this.level = value;
        return this;
    }

    CustodyEntry entitlement(Entitlement value) {
        this.entitlement = value;
        return this;
    }

    CustodyEntry review(Rank officerRank, boolean detentionContinues, String postponementReason) {
        this.rank = officerRank;
        this.continueDetention = detentionContinues;
        this.postponement = postponementReason;
        return this;
    }

    CustodyEntry grant(Rank officerRank, String by, OffsetDateTime end) {
        this.rank = officerRank;
        this.authorisedBy = by;
        this.until = end;
        return this;
    }

    CustodyEntry disposal(DisposalType type, LocalDate returnOn, String to) {
        this.disposal = type;
        this.returnDate = returnOn;
        this.transferredTo = to;
        return this;
    }

    Long id() {
        return id;
    }

    EntryKind kind() {
        return kind;
    }

    OffsetDateTime occurredAt() {
        return occurredAt;
    }

    OffsetDateTime recordedAt() {
        return recordedAt;
    }

    String recordedBy() {
        return recordedBy;
    }

    String text() {
        return text;
    }

    Long correctsId() {
        return correctsId;
    }

    String correctionReason() {
        return correctionReason;
    }

    String cell() {
        return cell;
    }

    ObservationLevel level() {
        return level;
    }

    Entitlement entitlement() {
        return entitlement;
    }

    Rank rank() {
        return rank;
    }

    String authorisedBy() {
        return authorisedBy;
    }

    OffsetDateTime until() {
        return until;
    }

    Boolean continueDetention() {
        return continueDetention;
    }

    String postponement() {
        return postponement;
    }

    DisposalType disposal() {
        return disposal;
    }

    LocalDate returnDate() {
        return returnDate;
    }

    String transferredTo() {
        return transferredTo;
    }

    /** The structured part in words, for the record page and the API. */
    String detail() {
        return switch (kind) {
            case CELL -> "Cell " + cell;
            case RISK_ASSESSMENT -> level.label();
            case RIGHTS -> entitlement.label();
            case REVIEW -> rank.label() + "; " + (Boolean.TRUE.equals(continueDetention) ? "detention to continue"
                    : "release ordered") + (postponement == null ? "" : "; postponed: " + postponement);
            case EXTENSION -> rank.label() + " " + authorisedBy + ": detention extended until "
                    + DetentionClock.show(until.toInstant());
            case WARRANT -> authorisedBy + ": further detention until " + DetentionClock.show(until.toInstant());
            case DISPOSAL -> disposal.label() + (returnDate == null ? "" : "; to return on " + returnDate)
                    + (transferredTo == null ? "" : "; to " + transferredTo);
            default -> "";
        };
    }
}
