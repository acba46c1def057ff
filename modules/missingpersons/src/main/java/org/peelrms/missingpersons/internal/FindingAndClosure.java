package org.peelrms.missingpersons.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import org.peelrms.kernel.Require;
import org.peelrms.missingpersons.api.Found;
import org.peelrms.missingpersons.api.InterviewOutcome;

/**
 * How a missing person case ends: the finding (when, where, how, in what state), a child's return home
 * interview (offered, then done or declined), and the supervisor's closure, with the rules of each.
 * The columns are those of {@code missingpersons.missing_case}; null while the person is still missing.
 * {@link MissingCase} keeps the status and delegates here.
 */
@Embeddable
public class FindingAndClosure {

    @Column(name = "found_at")
    private OffsetDateTime foundAt;

    @Column(name = "found_place", length = 300)
    private String foundPlace;

    @Column(name = "found_how", length = 2000)
    private String foundHow;

    @Column(name = "found_state", length = 2000)
    private String foundState;

    @Column(name = "found_recorded_by", length = 64)
    private String foundRecordedBy;

    @Column(name = "interview_offered_at")
    private OffsetDateTime interviewOfferedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "interview_outcome", length = 10)
    private InterviewOutcome interviewOutcome;

    @Column(name = "interview_at")
    private OffsetDateTime interviewAt;

    @Column(name = "interview_note", length = 2000)
    private String interviewNote;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closure_note", length = 4000)
    private String closureNote;

    protected FindingAndClosure() {
    }

    /** The person is found: when, where, how and in what state; not before they were last seen. */
    static FindingAndClosure found(Found found, OffsetDateTime lastSeenAt, Stamp stamp) {
        Require.present(found, "Say when, where and how they were found.");
        OffsetDateTime at = Require.present(found.foundAt(), "Say when they were found.");
        Require.happened(at, stamp.at(), "The time found");
        Require.that(!at.isBefore(lastSeenAt), "They cannot have been found before they were last seen ("
                + lastSeenAt + ").");
        FindingAndClosure ending = new FindingAndClosure();
        ending.foundPlace = Require.text(found.place(), 300, "Say where they were found.");
        ending.foundHow = Require.text(found.how(), 2000, "Say how they were found (returned home, traced by police…).");
        ending.foundState = Require.text(found.state(), 2000,
                "Say in what state they were found (safe and well, injured…).");
        ending.foundAt = at;
        ending.foundRecordedBy = stamp.user();
        return ending;
    }

    /** A child's return home interview: when it was offered, and whether it was done or declined. */
    void returnInterview(OffsetDateTime offeredAt, InterviewOutcome outcome, OffsetDateTime at, String note, Stamp stamp) {
        Require.present(offeredAt, "Say when the return home interview was offered.");
        Require.that(!offeredAt.isBefore(foundAt), "The interview cannot be offered before they were found.");
        Require.happened(offeredAt, stamp.at(), "The time offered");
        Require.present(outcome, "Say whether the return home interview was done or declined.");
        if (outcome == InterviewOutcome.DONE) {
            Require.present(at, "Say when the interview was done.");
            Require.that(!at.isBefore(offeredAt), "The interview cannot be done before it was offered.");
        }
        String why = Require.optional(note, 2000, "The note on the interview");
        this.interviewOfferedAt = offeredAt;
        this.interviewOutcome = outcome;
        this.interviewAt = outcome == InterviewOutcome.DONE ? at : null;
        this.interviewNote = why;
    }

    /** The supervisor's closure of a found case; a child's return home interview must be recorded first. */
    void close(boolean child, String personName, String note, Stamp stamp) {
        Require.that(!child || interviewOutcome != null, personName + " is a child: the return home interview must"
                + " be offered, and recorded as done or declined, before the case is closed.");
        this.closureNote = Require.text(note, 4000, "Write the closing summary.");
        this.closedAt = stamp.at();
        this.closedBy = stamp.user();
    }

    OffsetDateTime foundAt() { return foundAt; }
    String foundPlace() { return foundPlace; }
    String foundHow() { return foundHow; }
    String foundState() { return foundState; }
    String foundRecordedBy() { return foundRecordedBy; }
    OffsetDateTime interviewOfferedAt() { return interviewOfferedAt; }
    InterviewOutcome interviewOutcome() { return interviewOutcome; }
    OffsetDateTime interviewAt() { return interviewAt; }
    String interviewNote() { return interviewNote; }
    OffsetDateTime closedAt() { return closedAt; }
    String closedBy() { return closedBy; }
    String closureNote() { return closureNote; }
}
