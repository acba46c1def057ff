package org.peelrms.web.custody;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.custody.api.DisposalType;
import org.peelrms.custody.api.NewDisposal;
import org.peelrms.web.crime.UkTime;

/**
 * The custody record page's form for the disposal: how the detention ends; the release stops the PACE clock.
 */
@Named
@ViewScoped
public class RecordDisposalView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CustodyRecords custody;

    @Inject
    private RecordPageView page;

    private DisposalType disposalType;
    private LocalDateTime releasedAt;
    private String disposalDetails;
    private LocalDate returnDate;
    private String transferredTo;

    public void dispose() {
        page.act(() -> custody.dispose(page.getId(), new NewDisposal(disposalType, UkTime.of(releasedAt), disposalDetails,
                returnDate, transferredTo)), "Disposal recorded; the PACE clock has stopped.");
    }

    public List<DisposalType> getDisposalTypes() {
        return Arrays.stream(DisposalType.values()).filter(t -> t != DisposalType.DETENTION_REFUSED).toList();
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
}
