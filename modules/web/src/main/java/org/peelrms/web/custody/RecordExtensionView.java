package org.peelrms.web.custody;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.peelrms.custody.api.CustodyRecordView;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.custody.api.NewExtension;
import org.peelrms.custody.api.Rank;
import org.peelrms.web.crime.UkTime;

/**
 * The custody record page's form for a superintendent's extension of detention beyond 24 hours (PACE
 * s. 42); offered until 36 hours after the relevant time.
 */
@Named
@ViewScoped
public class RecordExtensionView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CustodyRecords custody;

    @Inject
    private RecordPageView page;

    private Rank extensionRank = Rank.SUPERINTENDENT;
    private LocalDateTime extendUntil;
    private String extensionGrounds;

    /** Offers the longest extension a superintendent may give: 36 hours after the relevant time. */
    @PostConstruct
    void offerTheLongest() {
        CustodyRecordView record = page.getRecord();
        if (record != null && record.clock() != null) {
            extendUntil = record.clock().relevantTime().plusHours(36).atZoneSameInstant(UkTime.UK).toLocalDateTime();
        }
    }

    public void extend() {
        page.act(() -> custody.extend(page.getId(), new NewExtension(extensionRank, UkTime.of(extendUntil),
                extensionGrounds)), "Extension recorded.");
    }

    public Rank[] getRanks() {
        return Rank.values();
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
}
