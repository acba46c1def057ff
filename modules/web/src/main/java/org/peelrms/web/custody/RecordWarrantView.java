package org.peelrms.web.custody;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.custody.api.NewWarrant;
import org.peelrms.web.crime.UkTime;

/**
 * The custody record page's form for a warrant of further detention or its extension (PACE ss. 43, 44).
 */
@Named
@ViewScoped
public class RecordWarrantView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CustodyRecords custody;

    @Inject
    private RecordPageView page;

    private String court;
    private LocalDateTime issuedAt;
    private LocalDateTime warrantUntil;
    private String warrantNote;

    public void warrant() {
        page.act(() -> custody.warrant(page.getId(), new NewWarrant(court, UkTime.of(issuedAt), UkTime.of(warrantUntil),
                warrantNote)), "Warrant of further detention recorded.");
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
}
