package org.peelrms.web.custody;

import org.peelrms.web.shell.RestrictedOpening;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import org.peelrms.custody.api.Correction;
import org.peelrms.custody.api.CustodyRecordView;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.custody.api.DisposalType;
import org.peelrms.custody.api.Entitlement;
import org.peelrms.custody.api.EntryKind;
import org.peelrms.custody.api.EntryView;
import org.peelrms.custody.api.NewDisposal;
import org.peelrms.custody.api.NewEntry;
import org.peelrms.custody.api.NewExtension;
import org.peelrms.custody.api.NewReview;
import org.peelrms.custody.api.NewRiskAssessment;
import org.peelrms.custody.api.NewWarrant;
import org.peelrms.custody.api.ObservationLevel;
import org.peelrms.custody.api.Rank;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.web.crime.UkTime;
import org.peelrms.web.shell.Messages;

/**
 * A custody record's page: the booking in, the PACE clock with its reviews, visits against the
 * observation level, and every entry in the order it happened (corrected ones struck through, never
 * removed). Custody officers add entries and corrections, warrants and the disposal; supervisors
 * record reviews and extensions.
 */
@Named
@ViewScoped
public class RecordPageView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CustodyRecords custody;

    private long id;

    private final RestrictedOpening opening = new RestrictedOpening();
    private CustodyRecordView record;

    private EntryKind kind = EntryKind.VISIT;
    private LocalDateTime occurredAt;
    private String text;
    private String cell;
    private Entitlement entitlement;
    private ObservationLevel level;
    private String health;
    private String selfHarm;
    private String alcoholAndDrugs;
    private String otherRisks;

    private Long correctedEntry;
    private String correctedText;
    private LocalDateTime correctedTime;
    private String correctionReason;

    private Rank rank = Rank.INSPECTOR;
    private boolean notInvolved;
    private boolean continueDetention = true;
    private String reviewGrounds;
    private String postponementReason;

    private Rank extensionRank = Rank.SUPERINTENDENT;
    private LocalDateTime extendUntil;
    private String extensionGrounds;

    private String court;
    private LocalDateTime issuedAt;
    private LocalDateTime warrantUntil;
    private String warrantNote;

    private DisposalType disposalType;
    private LocalDateTime releasedAt;
    private String disposalDetails;
    private LocalDate returnDate;
    private String transferredTo;

    public void onLoad() {
        if (record == null && id > 0) {
            record = opening.open(r -> custody.record(id, r));
            if (record != null && record.clock() != null) {
                extendUntil = record.clock().relevantTime().plusHours(36).atZoneSameInstant(UkTime.UK).toLocalDateTime();
            }
        }
    }

    public void addEntry() {
        act(() -> custody.addEntry(id, new NewEntry(kind, UkTime.of(occurredAt), text, cell, entitlement,
                kind == EntryKind.RISK_ASSESSMENT ? new NewRiskAssessment(health, selfHarm, alcoholAndDrugs, otherRisks, level)
                        : null)), kind.label() + " recorded.");
        text = null;
        occurredAt = null;
    }

    public void correct() {
        act(() -> custody.correct(id, correctedEntry == null ? 0 : correctedEntry,
                new Correction(correctedText, UkTime.of(correctedTime), correctionReason)),
                "Correction recorded; the entry corrected stays on the record.");
    }

    public void review() {
        act(() -> custody.review(id, new NewReview(rank, notInvolved, continueDetention, reviewGrounds,
                postponementReason)), "Review recorded.");
    }

    public void extend() {
        act(() -> custody.extend(id, new NewExtension(extensionRank, UkTime.of(extendUntil), extensionGrounds)),
                "Extension recorded.");
    }

    public void warrant() {
        act(() -> custody.warrant(id, new NewWarrant(court, UkTime.of(issuedAt), UkTime.of(warrantUntil), warrantNote)),
                "Warrant of further detention recorded.");
    }

    public void dispose() {
        act(() -> custody.dispose(id, new NewDisposal(disposalType, UkTime.of(releasedAt), disposalDetails, returnDate,
                transferredTo)), "Disposal recorded; the PACE clock has stopped.");
    }

    private void act(LongSupplier change, String done) {
        try {
            change.getAsLong();
            Messages.info(done);
            record = opening.open(r -> custody.record(id, r));
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public String show(OffsetDateTime at) {
        return UkTime.show(at);
    }

    public String zoned(ZonedDateTime at) {
        return at == null ? "" : UkTime.show(at.toOffsetDateTime());
    }

    public List<EntryKind> getEntryKinds() {
        return Arrays.stream(EntryKind.values()).filter(EntryKind::addedByHand).toList();
    }

    public List<EntryView> getCorrectable() {
        return record == null ? List.of() : record.entries().stream().filter(e -> !e.superseded()).toList();
    }

    public Entitlement[] getEntitlements() {
        return Entitlement.values();
    }

    public ObservationLevel[] getLevels() {
        return ObservationLevel.values();
    }

    public Rank[] getRanks() {
        return Rank.values();
    }

    public List<DisposalType> getDisposalTypes() {
        return Arrays.stream(DisposalType.values()).filter(t -> t != DisposalType.DETENTION_REFUSED).toList();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public CustodyRecordView getRecord() {
        return record;
    }

    public EntryKind getKind() {
        return kind;
    }

    public void setKind(EntryKind kind) {
        this.kind = kind;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCell() {
        return cell;
    }

    public void setCell(String cell) {
        this.cell = cell;
    }

    public Entitlement getEntitlement() {
        return entitlement;
    }

    public void setEntitlement(Entitlement entitlement) {
        this.entitlement = entitlement;
    }

    public ObservationLevel getLevel() {
        return level;
    }

    public void setLevel(ObservationLevel level) {
        this.level = level;
    }

    public String getHealth() {
        return health;
    }

    public void setHealth(String health) {
        this.health = health;
    }

    public String getSelfHarm() {
        return selfHarm;
    }

    public void setSelfHarm(String selfHarm) {
        this.selfHarm = selfHarm;
    }

    public String getAlcoholAndDrugs() {
        return alcoholAndDrugs;
    }

    public void setAlcoholAndDrugs(String alcoholAndDrugs) {
        this.alcoholAndDrugs = alcoholAndDrugs;
    }

    public String getOtherRisks() {
        return otherRisks;
    }

    public void setOtherRisks(String otherRisks) {
        this.otherRisks = otherRisks;
    }

    public Long getCorrectedEntry() {
        return correctedEntry;
    }

    public void setCorrectedEntry(Long correctedEntry) {
        this.correctedEntry = correctedEntry;
    }

    public String getCorrectedText() {
        return correctedText;
    }

    public void setCorrectedText(String correctedText) {
        this.correctedText = correctedText;
    }

    public LocalDateTime getCorrectedTime() {
        return correctedTime;
    }

    public void setCorrectedTime(LocalDateTime correctedTime) {
        this.correctedTime = correctedTime;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    public Rank getRank() {
        return rank;
    }

    public void setRank(Rank rank) {
        this.rank = rank;
    }

    public boolean isNotInvolved() {
        return notInvolved;
    }

    public void setNotInvolved(boolean notInvolved) {
        this.notInvolved = notInvolved;
    }

    public boolean isContinueDetention() {
        return continueDetention;
    }

    public void setContinueDetention(boolean continueDetention) {
        this.continueDetention = continueDetention;
    }

    public String getReviewGrounds() {
        return reviewGrounds;
    }

    public void setReviewGrounds(String reviewGrounds) {
        this.reviewGrounds = reviewGrounds;
    }

    public String getPostponementReason() {
        return postponementReason;
    }

    public void setPostponementReason(String postponementReason) {
        this.postponementReason = postponementReason;
    }

    public Rank getExtensionRank() {
        return extensionRank;
    }

    public void setExtensionRank(Rank extensionRank) {
        this.extensionRank = extensionRank;
    }

    public LocalDateTime getExtendUntil() {
        return extendUntil;
    }

    public void setExtendUntil(LocalDateTime extendUntil) {
        this.extendUntil = extendUntil;
    }

    public String getExtensionGrounds() {
        return extensionGrounds;
    }

    public void setExtensionGrounds(String extensionGrounds) {
        this.extensionGrounds = extensionGrounds;
    }

    public String getCourt() {
        return court;
    }

    public void setCourt(String court) {
        this.court = court;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public void setIssuedAt(LocalDateTime issuedAt) {
        this.issuedAt = issuedAt;
    }

    public LocalDateTime getWarrantUntil() {
        return warrantUntil;
    }

    public void setWarrantUntil(LocalDateTime warrantUntil) {
        this.warrantUntil = warrantUntil;
    }

    public String getWarrantNote() {
        return warrantNote;
    }

    public void setWarrantNote(String warrantNote) {
        this.warrantNote = warrantNote;
    }

    public DisposalType getDisposalType() {
        return disposalType;
    }

    public void setDisposalType(DisposalType disposalType) {
        this.disposalType = disposalType;
    }

    public LocalDateTime getReleasedAt() {
        return releasedAt;
    }

    public void setReleasedAt(LocalDateTime releasedAt) {
        this.releasedAt = releasedAt;
    }

    public String getDisposalDetails() {
        return disposalDetails;
    }

    public void setDisposalDetails(String disposalDetails) {
        this.disposalDetails = disposalDetails;
    }

    public LocalDate getReturnDate() {
        return returnDate;
    }

    public void setReturnDate(LocalDate returnDate) {
        this.returnDate = returnDate;
    }

    public String getTransferredTo() {
        return transferredTo;
    }

    public void setTransferredTo(String transferredTo) {
        this.transferredTo = transferredTo;
    }

    /** The reason form's action: opens the record again with the reason just given. */
    public void reopen() {
        record = null;
        onLoad();
    }

    public RestrictedOpening getOpening() {
        return opening;
    }
}
