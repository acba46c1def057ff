package org.peelrms.web.crime;

import org.peelrms.web.shell.RestrictedOpening;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.peelrms.crime.api.CancellationReason;
import org.peelrms.crime.api.CancellationRequest;
import org.peelrms.crime.api.CrimeStatus;
import org.peelrms.crime.api.CrimeView;
import org.peelrms.crime.api.Crimes;
import org.peelrms.crime.api.Finalisation;
import org.peelrms.crime.api.OutcomeType;
import org.peelrms.crime.api.PersonRole;
import org.peelrms.crime.api.VictimDecision;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.web.shell.Messages;

/**
 * A crime record's page: its people (linked through the people search), investigation plan and
 * review date, finalisation, cancellation or transfer, and history. Opening it and every change made
 * from it are audited by the crime module.
 */
@Named
@ViewScoped
public class CrimePageView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Crimes crimes;

    @EJB
    private PeopleIndex people;

    private long id;

    private final RestrictedOpening opening = new RestrictedOpening();
    private CrimeView crime;

    private final PersonPicker person = new PersonPicker();
    private PersonRole role = PersonRole.SUSPECT;
    private String action;
    private String assignedTo;
    private LocalDate due;
    private LocalDate reviewDate;
    private OutcomeType outcome;
    private String outcomeRationale;
    private String decisionHow;
    private LocalDateTime decisionAt;
    private String decisionBy;
    private String victimsWords;
    private CancellationReason reason;
    private String evidence;
    private String transferredTo;
    private String decisionNote;

    public void onLoad() {
        if (crime == null && id > 0) {
            crime = opening.open(r -> crimes.crime(id, r));
        }
    }

    public void findPerson() {
        person.search(people);
    }

    public void link(long personId) {
        act(() -> crimes.linkPerson(id, personId, role), "Linked as " + (role == null ? "" : role.label().toLowerCase()) + ".");
        person.clear();
    }

    public void addAction() {
        act(() -> crimes.addAction(id, action, assignedTo, due), "Action added to the plan.");
        action = null;
        assignedTo = null;
        due = null;
    }

    public void completeAction(long actionId) {
        act(() -> crimes.completeAction(id, actionId), "Action marked done.");
    }

    public void setReview() {
        act(() -> crimes.setNextReview(id, reviewDate), "Next review date set.");
    }

    public void finalise() {
        VictimDecision decision = outcome != null && outcome.needsVictimDecision()
                ? new VictimDecision(decisionHow, UkTime.of(decisionAt), decisionBy, victimsWords) : null;
        act(() -> crimes.finalise(id, new Finalisation(outcome, outcomeRationale, decision)), "Crime finalised.");
    }

    public void requestCancellation() {
        act(() -> crimes.requestCancellation(id, new CancellationRequest(reason, evidence, transferredTo)),
                "Cancellation requested: a supervisor must decide it.");
    }

    public void approve(long requestId) {
        act(() -> crimes.decideCancellation(id, requestId, true, decisionNote), "Approved.");
    }

    public void refuse(long requestId) {
        act(() -> crimes.decideCancellation(id, requestId, false, decisionNote), "Refused.");
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Messages.info(done);
            crime = opening.open(r -> crimes.crime(id, r));
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public boolean isUnderInvestigation() {
        return crime != null && crime.status() == CrimeStatus.UNDER_INVESTIGATION;
    }

    public boolean isRemovable() {
        return crime != null && (crime.status() == CrimeStatus.UNDER_INVESTIGATION || crime.status() == CrimeStatus.FINALISED)
                && crime.pendingCancellation() == null;
    }

    public String show(OffsetDateTime at) {
        return UkTime.show(at);
    }

    public PersonRole[] getRoles() {
        return PersonRole.values();
    }

    public OutcomeType[] getOutcomes() {
        return OutcomeType.values();
    }

    public CancellationReason[] getReasons() {
        return CancellationReason.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public CrimeView getCrime() {
        return crime;
    }

    public PersonPicker getPerson() {
        return person;
    }

    public PersonRole getRole() {
        return role;
    }

    public void setRole(PersonRole role) {
        this.role = role;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public void setAssignedTo(String assignedTo) {
        this.assignedTo = assignedTo;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public OutcomeType getOutcome() {
        return outcome;
    }

    public void setOutcome(OutcomeType outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeRationale() {
        return outcomeRationale;
    }

    public void setOutcomeRationale(String outcomeRationale) {
        this.outcomeRationale = outcomeRationale;
    }

    public String getDecisionHow() {
        return decisionHow;
    }

    public void setDecisionHow(String decisionHow) {
        this.decisionHow = decisionHow;
    }

    public LocalDateTime getDecisionAt() {
        return decisionAt;
    }

    public void setDecisionAt(LocalDateTime decisionAt) {
        this.decisionAt = decisionAt;
    }

    public String getDecisionBy() {
        return decisionBy;
    }

    public void setDecisionBy(String decisionBy) {
        this.decisionBy = decisionBy;
    }

    public String getVictimsWords() {
        return victimsWords;
    }

    public void setVictimsWords(String victimsWords) {
        this.victimsWords = victimsWords;
    }

    public CancellationReason getReason() {
        return reason;
    }

    public void setReason(CancellationReason reason) {
        this.reason = reason;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getTransferredTo() {
        return transferredTo;
    }

    public void setTransferredTo(String transferredTo) {
        this.transferredTo = transferredTo;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }

    /** The reason form's action: opens the record again with the reason just given. */
    public void reopen() {
        crime = null;
        onLoad();
    }

    public RestrictedOpening getOpening() {
        return opening;
    }
}
