package org.peelrms.web.custody;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.custody.api.Entitlement;
import org.peelrms.custody.api.EntryKind;
import org.peelrms.custody.api.NewEntry;
import org.peelrms.custody.api.ObservationLevel;
import org.peelrms.web.crime.UkTime;

/**
 * The custody record page's form to add an entry by hand: a visit, a note, a new cell, a right given, a
 * risk assessment with a new observation level…
 */
@Named
@ViewScoped
public class RecordEntryView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CustodyRecords custody;

    @Inject
    private RecordPageView page;

    private EntryKind kind = EntryKind.VISIT;
    private LocalDateTime occurredAt;
    private String text;
    private String cell;
    private Entitlement entitlement;
    private ObservationLevel level;
    private final RiskAnswers risk = new RiskAnswers();

    public void addEntry() {
        page.act(() -> custody.addEntry(page.getId(), new NewEntry(kind, UkTime.of(occurredAt), text, cell, entitlement,
                kind == EntryKind.RISK_ASSESSMENT ? risk.assessment(level)
                        : null)), kind.label() + " recorded.");
        text = null;
        occurredAt = null;
    }

    public List<EntryKind> getEntryKinds() {
        return Arrays.stream(EntryKind.values()).filter(EntryKind::addedByHand).toList();
    }

    public Entitlement[] getEntitlements() {
        return Entitlement.values();
    }

    public ObservationLevel[] getLevels() {
        return ObservationLevel.values();
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

    public RiskAnswers getRisk() {
        return risk;
    }
}
