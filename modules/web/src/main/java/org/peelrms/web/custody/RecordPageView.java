package org.peelrms.web.custody;

import org.peelrms.web.shell.RestrictedOpening;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.function.LongSupplier;
import org.peelrms.custody.api.CustodyRecordView;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.web.crime.UkTime;
import org.peelrms.web.shell.Messages;

/**
 * A custody record's page: the booking in, the PACE clock with its reviews, visits against the
 * observation level, and every entry in the order it happened (corrected ones struck through, never
 * removed). This bean loads the record (through the reason form when it is restricted) and reloads it
 * after each action; each form on the page has its own bean sharing it: {@link RecordEntryView} and
 * {@link RecordCorrectionView} (custody officers), {@link RecordReviewView} and
 * {@link RecordExtensionView} (supervisors), {@link RecordWarrantView} and {@link RecordDisposalView}.
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

    public void onLoad() {
        if (record == null && id > 0) {
            record = opening.open(r -> custody.record(id, r));
        }
    }

    /**
     * Carries out a form's change: on success says {@code done} and reads the record again; bad input
     * is shown as a message and the record stays as it was.
     */
    public void act(LongSupplier change, String done) {
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

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public CustodyRecordView getRecord() {
        return record;
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
