package org.peelrms.web.casefile;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.peelrms.casefile.api.CaseFileView;
import org.peelrms.casefile.api.CaseFiles;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.NotPermitted;
import org.peelrms.web.crime.UkTime;
import org.peelrms.web.shell.Messages;
import org.peelrms.web.shell.RestrictedOpening;

/**
 * A case file's page: the file as it stands, and the workflow's buttons (submit, approve, return, CPS, court).
 * A restricted file asks the reason first (ADR 0019); its PDF links carry the reason given.
 */
@Named
@ViewScoped
public class CaseFilePageView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CaseFiles files;

    private final RestrictedOpening opening = new RestrictedOpening();
    private long id;
    private CaseFileView view;
    private String note;
    private String feedback;
    private String decision;
    private String court;
    private LocalDate hearingDate;
    private String outcome;

    public void load() {
        view = opening.open(r -> files.view(id, r));
        if (view == null && !opening.isReasonNeeded()) {
            Messages.error("There is no case file " + id + ".");
        }
    }

    /** The reason form's action: opens the file again with the reason just given. */
    public void reopen() {
        load();
    }

    public RestrictedOpening getOpening() {
        return opening;
    }

    /** What the PDF links add so that a restricted file's PDF opens with the reason given: "" or "?reason=…". */
    public String getReasonQuery() {
        return opening.getReason() == null ? "" : "?reason=" + URLEncoder.encode(opening.getReason(), StandardCharsets.UTF_8);
    }

    public void submitForCheck() {
        act(() -> files.submitForCheck(id), "Submitted to a supervisor for checking.");
    }

    public void approve() {
        act(() -> files.approve(id, note), "Approved; the MG5 is certified.");
    }

    public void returnToOfficer() {
        act(() -> files.returnToOfficer(id, feedback), "Returned to the officer with your feedback.");
    }

    public void submitToCps() {
        act(() -> files.submitToCps(id), "Submitted to the CPS.");
    }

    public void recordChargingDecision() {
        act(() -> files.recordChargingDecision(id, decision), "Charging decision recorded.");
    }

    public void listAtCourt() {
        act(() -> files.listAtCourt(id, court, hearingDate), "Listed at court.");
    }

    public void recordOutcome() {
        act(() -> files.recordOutcome(id, outcome), "Outcome recorded.");
    }

    /** Runs an action, shows its result or why it was refused, and reloads the file; true when it was done. */
    boolean act(Runnable action, String done) {
        try {
            action.run();
            Messages.info(done);
            note = null;
            feedback = null;
            load();
            return true;
        } catch (InvalidInput | NotPermitted e) {
            Messages.error(e.getMessage());
        } catch (EJBAccessException e) {
            Messages.error("Your role does not allow this.");
        }
        return false;
    }

    /** True when the signed-in user is the officer in the case or opened the file: they submit it, and may not check it. */
    public boolean isPreparer() {
        String user = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return view != null && user != null && (user.equalsIgnoreCase(view.officerInCase()) || user.equalsIgnoreCase(view.openedBy()));
    }

    public String show(OffsetDateTime at) {
        return UkTime.show(at);
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public CaseFileView getView() { return view; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getFeedback() { return feedback; }
    public void setFeedback(String feedback) { this.feedback = feedback; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getCourt() { return court; }
    public void setCourt(String court) { this.court = court; }
    public LocalDate getHearingDate() { return hearingDate; }
    public void setHearingDate(LocalDate hearingDate) { this.hearingDate = hearingDate; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
}
