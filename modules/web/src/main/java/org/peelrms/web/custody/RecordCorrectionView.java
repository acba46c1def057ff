package org.peelrms.web.custody;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.peelrms.custody.api.Correction;
import org.peelrms.custody.api.CustodyRecordView;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.custody.api.EntryView;
import org.peelrms.web.crime.UkTime;

/**
 * The custody record page's form to correct an entry: the corrected text or time and why; the entry
 * corrected stays on the record, struck through.
 */
@Named
@ViewScoped
public class RecordCorrectionView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CustodyRecords custody;

    @Inject
    private RecordPageView page;

    private Long correctedEntry;
    private String correctedText;
    private LocalDateTime correctedTime;
    private String correctionReason;

    public void correct() {
        page.act(() -> custody.correct(page.getId(), correctedEntry == null ? 0 : correctedEntry,
                new Correction(correctedText, UkTime.of(correctedTime), correctionReason)),
                "Correction recorded; the entry corrected stays on the record.");
    }

    /** The entries that can be corrected: those in force. */
    public List<EntryView> getCorrectable() {
        CustodyRecordView record = page.getRecord();
        return record == null ? List.of() : record.entries().stream().filter(e -> !e.superseded()).toList();
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
}
