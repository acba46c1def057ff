package org.peelrms.web.missing;

import org.peelrms.web.shell.RestrictedOpening;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.missingpersons.api.CaseView;
import org.peelrms.missingpersons.api.Found;
import org.peelrms.missingpersons.api.InterviewOutcome;
import org.peelrms.missingpersons.api.MissingPersons;
import org.peelrms.missingpersons.api.NewSighting;
import org.peelrms.missingpersons.api.Reliability;
import org.peelrms.missingpersons.api.RiskLevel;
import org.peelrms.web.crime.UkTime;
import org.peelrms.web.shell.Messages;

/** A missing person case: the report, the risk and its history, and each action as a short form. */
@Named
@ViewScoped
public class MissingCaseView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final RiskLevel[] GRADES = {RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.VERY_LOW};

    @EJB
    private MissingPersons missing;

    private long id;

    private final RestrictedOpening opening = new RestrictedOpening();
    private CaseView view;
    private RiskLevel level;
    private String rationale;
    private String action;
    private String result;
    private LocalDateTime seenAt;
    private String seenPlace;
    private String seenBy;
    private Reliability reliability;
    private String seenNote;
    private LocalDateTime foundAt;
    private String foundPlace;
    private String foundHow;
    private String foundState;
    private LocalDateTime offeredAt;
    private InterviewOutcome interviewOutcome;
    private LocalDateTime interviewAt;
    private String interviewNote;
    private String closureNote;

    public void load() {
        view = opening.open(r -> missing.view(id, r));
        if (view == null && !opening.isReasonNeeded()) {
            Messages.error("There is no missing person case " + id + ".");
        } else if (view != null && level == null) {
            level = view.riskLevel() == null || view.riskLevel().legacy() ? null : view.riskLevel();
        }
    }

    public void grade() {
        act(() -> missing.grade(id, level, rationale), "Risk graded " + (level == null ? "" : level.label().toLowerCase()) + ".");
    }

    public void supervise() {
        act(() -> missing.supervise(id, level, rationale), "Risk level confirmed as " + (level == null ? "" : level.label().toLowerCase()) + ".");
    }

    public void logEnquiry() {
        act(() -> missing.logEnquiry(id, action, result), "Enquiry logged.");
    }

    public void recordSighting() {
        act(() -> missing.recordSighting(id, new NewSighting(UkTime.of(seenAt), seenPlace, seenBy, reliability, seenNote)),
                "Sighting recorded.");
    }

    public void found() {
        act(() -> missing.found(id, new Found(UkTime.of(foundAt), foundPlace, foundHow, foundState)), "Recorded as found.");
    }

    public void returnInterview() {
        act(() -> missing.returnInterview(id, UkTime.of(offeredAt), interviewOutcome, UkTime.of(interviewAt), interviewNote),
                "Return home interview recorded.");
    }

    public void close() {
        act(() -> missing.close(id, closureNote), "Case closed.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.info(done);
            rationale = null;
            this.action = null;
            result = null;
            load();
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        } catch (jakarta.ejb.EJBAccessException e) {
            Messages.error("Your role does not allow this.");
        }
    }

    public RiskLevel[] getGrades() {
        return GRADES;
    }

    public Reliability[] getReliabilities() {
        return Reliability.values();
    }

    public InterviewOutcome[] getInterviewOutcomes() {
        return InterviewOutcome.values();
    }

    public String show(OffsetDateTime at) {
        return UkTime.show(at);
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public CaseView getView() { return view; }
    public RiskLevel getLevel() { return level; }
    public void setLevel(RiskLevel level) { this.level = level; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public LocalDateTime getSeenAt() { return seenAt; }
    public void setSeenAt(LocalDateTime seenAt) { this.seenAt = seenAt; }
    public String getSeenPlace() { return seenPlace; }
    public void setSeenPlace(String seenPlace) { this.seenPlace = seenPlace; }
    public String getSeenBy() { return seenBy; }
    public void setSeenBy(String seenBy) { this.seenBy = seenBy; }
    public Reliability getReliability() { return reliability; }
    public void setReliability(Reliability reliability) { this.reliability = reliability; }
    public String getSeenNote() { return seenNote; }
    public void setSeenNote(String seenNote) { this.seenNote = seenNote; }
    public LocalDateTime getFoundAt() { return foundAt; }
    public void setFoundAt(LocalDateTime foundAt) { this.foundAt = foundAt; }
    public String getFoundPlace() { return foundPlace; }
    public void setFoundPlace(String foundPlace) { this.foundPlace = foundPlace; }
    public String getFoundHow() { return foundHow; }
    public void setFoundHow(String foundHow) { this.foundHow = foundHow; }
    public String getFoundState() { return foundState; }
    public void setFoundState(String foundState) { this.foundState = foundState; }
    public LocalDateTime getOfferedAt() { return offeredAt; }
    public void setOfferedAt(LocalDateTime offeredAt) { this.offeredAt = offeredAt; }
    public InterviewOutcome getInterviewOutcome() { return interviewOutcome; }
    public void setInterviewOutcome(InterviewOutcome interviewOutcome) { this.interviewOutcome = interviewOutcome; }
    public LocalDateTime getInterviewAt() { return interviewAt; }
    public void setInterviewAt(LocalDateTime interviewAt) { this.interviewAt = interviewAt; }
    public String getInterviewNote() { return interviewNote; }
    public void setInterviewNote(String interviewNote) { this.interviewNote = interviewNote; }
    public String getClosureNote() { return closureNote; }
    public void setClosureNote(String closureNote) { this.closureNote = closureNote; }

    /** The reason form's action: opens the record again with the reason just given. */
    public void reopen() {
        view = null;
        load();
    }

    public RestrictedOpening getOpening() {
        return opening;
    }
}
