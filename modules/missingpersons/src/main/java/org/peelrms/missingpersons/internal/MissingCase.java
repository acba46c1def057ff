package org.peelrms.missingpersons.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.peelrms.kernel.Require;
import org.peelrms.missingpersons.api.CaseStatus;
import org.peelrms.missingpersons.api.Found;
import org.peelrms.missingpersons.api.GradingKind;
import org.peelrms.missingpersons.api.InterviewOutcome;
import org.peelrms.missingpersons.api.NewMissingReport;
import org.peelrms.missingpersons.api.NewSighting;
import org.peelrms.missingpersons.api.RiskLevel;
import org.peelrms.missingpersons.api.Vulnerability;

/**
 * A missing person case: the report, the risk and its history, the enquiry log and sightings, the
 * finding and the closure. The aggregate root: the risk level, its confirmation and the next review
 * are kept consistent with the history here. Status moves MISSING, FOUND, CLOSED, and only forward;
 * closure is a supervisor's approval of a found case (for a child, once the return home interview is
 * recorded); the finding, the interview and the closure are kept, with their rules, in
 * {@link FindingAndClosure}. Optimistically locked.
 */
@Entity
@Table(name = "missing_case", schema = "missingpersons")
public class MissingCase {

    @Id
    @SequenceGenerator(name = "case_seq", schema = "missingpersons", sequenceName = "case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_seq")
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "person_name", nullable = false, length = 300)
    private String personName;

    @Column(name = "reporter_person_id")
    private Long reporterPersonId;

    @Column(name = "reporter_name", nullable = false, length = 300)
    private String reporterName;

    @Column(name = "reporter_contact", length = 300)
    private String reporterContact;

    @Column(name = "reported_at", nullable = false)
    private OffsetDateTime reportedAt;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "received_by", nullable = false, length = 64)
    private String receivedBy;

    @Column(name = "last_seen_at", nullable = false)
    private OffsetDateTime lastSeenAt;

    @Column(name = "last_seen_place", nullable = false, length = 300)
    private String lastSeenPlace;

    @Column(nullable = false, length = 4000)
    private String circumstances;

    @Column(nullable = false, length = 4000)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_vulnerability", schema = "missingpersons", joinColumns = @JoinColumn(name = "case_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "vulnerability", length = 30)
    private Set<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);

    @Column(name = "vulnerability_note", length = 2000)
    private String vulnerabilityNote;

    @Column(name = "may_go_to", length = 4000)
    private String mayGoTo;

    @Column(nullable = false)
    private boolean child;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CaseStatus status = CaseStatus.MISSING;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", length = 20)
    private RiskLevel riskLevel;

    @Column(name = "risk_confirmed", nullable = false)
    private boolean riskConfirmed;

    @Column(name = "first_graded_at")
    private OffsetDateTime firstGradedAt;

    @Column(name = "next_review_due")
    private OffsetDateTime nextReviewDue;

    @Embedded
    private FindingAndClosure ending;

    @OneToMany(mappedBy = "missingCase", cascade = CascadeType.ALL)
    @OrderBy("gradedAt, id")
    private List<RiskGrading> gradings = new ArrayList<>();

    @OneToMany(mappedBy = "missingCase", cascade = CascadeType.ALL)
    @OrderBy("recordedAt, id")
    private List<Enquiry> enquiries = new ArrayList<>();

    @OneToMany(mappedBy = "missingCase", cascade = CascadeType.ALL)
    @OrderBy("seenAt, id")
    private List<Sighting> sightings = new ArrayList<>();

    @Version
    private int version;

    protected MissingCase() {
    }

    /**
     * @param personName   the missing person's name on the people index
     * @param under18      true when the people index's date of birth makes them a child on the day last seen
     * @param reporterName the reporter's name from the people index, or as given
     */
    MissingCase(NewMissingReport report, String personName, boolean under18, String reporterName, Stamp received) {
        Require.present(report, "There is no report to take down.");
        this.personId = Require.present(report.personId(),
                "Choose the missing person from the people index (search first; put them on file if they are not).");
        this.personName = personName;
        this.reporterPersonId = report.reporterPersonId();
        this.reporterName = Require.text(reporterName, 300, "Say who reported them missing.");
        this.reporterContact = Require.optional(report.reporterContact(), 300, "The reporter's contact details");
        this.reportedAt = report.reportedAt() == null ? received.at() : report.reportedAt();
        Require.happened(reportedAt, received.at(), "The time of report");
        this.lastSeenAt = Require.happened(Require.present(report.lastSeenAt(), "Say when they were last seen."),
                received.at(), "The time last seen");
        Require.that(!lastSeenAt.isAfter(reportedAt.plus(Require.CLOCK_SKEW)),
                "They were last seen after the report was made; check the times.");
        this.lastSeenPlace = Require.text(report.lastSeenPlace(), 300, "Say where they were last seen.");
        this.circumstances = Require.text(report.circumstances(), 4000, "Describe the circumstances of going missing.");
        this.description = Require.text(report.description(), 4000,
                "Describe them and the clothing they were wearing when last seen.");
        vulnerabilities.addAll(report.vulnerabilities() == null ? Set.of() : report.vulnerabilities());
        if (under18) {
            vulnerabilities.add(Vulnerability.CHILD);
        }
        this.vulnerabilityNote = Require.optional(report.vulnerabilityNote(), 2000, "The note on vulnerability");
        Require.that(!vulnerabilities.contains(Vulnerability.OTHER) || vulnerabilityNote != null,
                "Say what the other vulnerability is in the note.");
        this.mayGoTo = Require.optional(report.mayGoTo(), 4000, "The places and people they may go to");
        this.child = vulnerabilities.stream().anyMatch(Vulnerability::child);
        this.receivedAt = received.at();
        this.receivedBy = received.user();
    }

    /**
     * Grades or reviews the risk. The first grading starts the schedule; every later one answers the
     * review that was due (late if done after it) and sets the next one interval-of-the-new-level
     * from now, so a change of level resets the schedule. A change of level needs a supervisor again.
     */
    RiskGrading grade(RiskLevel level, String rationale, Stamp stamp, Intervals intervals) {
        requireMissing("graded");
        Require.present(level, "Choose the risk level: very low, low, medium or high.");
        Require.that(!level.legacy(), "\"" + level.label() + "\" is kept for older records only; grade the risk"
                + " very low, low, medium or high.");
        String why = Require.text(rationale, 4000, "Write the rationale for the risk level: what it rests on.");
        GradingKind kind = riskLevel == null ? GradingKind.FIRST : GradingKind.REVIEW;
        if (riskLevel == null) {
            firstGradedAt = stamp.at();
        }
        if (level != riskLevel) {
            riskConfirmed = false;
        }
        return record(kind, level, why, stamp, intervals.nextDue(level, stamp.at()));
    }

    /**
     * A supervisor confirms the grading (same level: the schedule stands) or changes it (a new
     * level: the schedule resets from now). Either way the risk is then confirmed.
     */
    RiskGrading supervise(RiskLevel level, String rationale, Stamp stamp, Intervals intervals) {
        requireMissing("supervised");
        Require.that(riskLevel != null, "The risk has not been graded yet; grade it first, then confirm it.");
        Require.present(level, "Choose the risk level to confirm or to change it to.");
        Require.that(!level.legacy(), "\"" + level.label() + "\" is kept for older records only.");
        String why = Require.text(rationale, 4000, "Write why you confirm or change the risk level.");
        riskConfirmed = true;
        if (level == riskLevel) {
            return record(GradingKind.SUPERVISOR_CONFIRMED, level, why, stamp, nextReviewDue);
        }
        return record(GradingKind.SUPERVISOR_CHANGED, level, why, stamp, intervals.nextDue(level, stamp.at()));
    }

    private RiskGrading record(GradingKind kind, RiskLevel level, String rationale, Stamp stamp, OffsetDateTime next) {
        OffsetDateTime wasDue = kind == GradingKind.SUPERVISOR_CONFIRMED ? null : nextReviewDue;
        RiskGrading grading = new RiskGrading(this, kind, level, rationale, stamp, wasDue, next);
        gradings.add(grading);
        riskLevel = level;
        nextReviewDue = next;
        return grading;
    }

    Enquiry logEnquiry(String action, String result, Stamp stamp) {
        Require.that(status != CaseStatus.CLOSED, "Case " + id + " is closed; nothing more can be logged on it.");
        Enquiry enquiry = new Enquiry(this, action, result, stamp);
        enquiries.add(enquiry);
        return enquiry;
    }

    Sighting recordSighting(NewSighting sighting, Stamp stamp) {
        Require.that(status != CaseStatus.CLOSED, "Case " + id + " is closed; nothing more can be recorded on it.");
        Sighting seen = new Sighting(this, sighting, stamp);
        Require.that(!seen.view().seenAt().isBefore(lastSeenAt.minus(Duration.ofDays(1))),
                "The sighting is more than a day before they were last seen; check the date.");
        sightings.add(seen);
        return seen;
    }

    /** The person is found: when, where, how and in what state. Reviews stop. */
    void found(Found found, Stamp stamp) {
        requireMissing("found");
        this.ending = FindingAndClosure.found(found, lastSeenAt, stamp);
        this.status = CaseStatus.FOUND;
        this.nextReviewDue = null;
    }

    /** A child's return home interview: when it was offered, and whether it was done or declined. */
    void returnInterview(OffsetDateTime offeredAt, InterviewOutcome outcome, OffsetDateTime at, String note, Stamp stamp) {
        Require.that(child, "A return home interview is for children; " + personName + " is not recorded as a child.");
        Require.that(status == CaseStatus.FOUND, status == CaseStatus.MISSING
                ? "Record them found before the return home interview."
                : "Case " + id + " is closed.");
        ending.returnInterview(offeredAt, outcome, at, note, stamp);
    }

    /** A supervisor approves the closure of a found case; a child's return home interview must be recorded. */
    void close(String note, Stamp stamp) {
        Require.that(status != CaseStatus.CLOSED, "Case " + id + " is already closed (by " + closedBy() + ").");
        Require.that(status == CaseStatus.FOUND,
                "A case is closed only once the person is found; record how they were found first.");
        ending.close(child, personName, note, stamp);
        this.status = CaseStatus.CLOSED;
    }

    private void requireMissing(String what) {
        Require.that(status == CaseStatus.MISSING,
                "Case " + id + " is " + status.label().toLowerCase() + "; its risk is no longer " + what + ".");
    }

    Long id() { return id; }
    long personId() { return personId; }
    String personName() { return personName; }
    Long reporterPersonId() { return reporterPersonId; }
    String reporterName() { return reporterName; }
    String reporterContact() { return reporterContact; }
    OffsetDateTime reportedAt() { return reportedAt; }
    String receivedBy() { return receivedBy; }
    OffsetDateTime lastSeenAt() { return lastSeenAt; }
    String lastSeenPlace() { return lastSeenPlace; }
    String circumstances() { return circumstances; }
    String description() { return description; }
    Set<Vulnerability> vulnerabilities() { return vulnerabilities; }
    String vulnerabilityNote() { return vulnerabilityNote; }
    String mayGoTo() { return mayGoTo; }
    boolean child() { return child; }
    CaseStatus status() { return status; }
    RiskLevel riskLevel() { return riskLevel; }
    boolean riskConfirmed() { return riskConfirmed; }
    OffsetDateTime firstGradedAt() { return firstGradedAt; }
    OffsetDateTime nextReviewDue() { return nextReviewDue; }
    String closedBy() { return ending().closedBy(); }
    FindingAndClosure ending() { return ending == null ? new FindingAndClosure() : ending; }
    List<RiskGrading> gradings() { return gradings; }
    List<Enquiry> enquiries() { return enquiries; }
    List<Sighting> sightings() { return sightings; }
}
