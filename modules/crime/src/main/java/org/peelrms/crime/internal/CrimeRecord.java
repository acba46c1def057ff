package org.peelrms.crime.internal;

import org.peelrms.kernel.Require;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peelrms.crime.api.CancellationRequest;
import org.peelrms.crime.api.CancellationView;
import org.peelrms.crime.api.CrimeStatus;
import org.peelrms.crime.api.Finalisation;
import org.peelrms.crime.api.NewCrime;
import org.peelrms.crime.api.OutcomeType;
import org.peelrms.crime.api.PersonRole;
import org.peelrms.crime.api.VictimDecision;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.UkDateFormat;

/**
 * A recorded crime: its reference number, Home Office classification, when and where, how it was
 * done, the officer in charge, the people linked to it, its investigation plan, and how it ended:
 * finalised with an outcome type, or cancelled or transferred (kept and marked, never deleted). The
 * aggregate root of all of these; the counting rules are checked here, those of finalising in
 * {@link CrimeOutcome} and those of cancelling and transferring in {@link CancellationRules}.
 * Optimistically locked.
 */
@Entity
@Table(name = "crime_record", schema = "crime")
public class CrimeRecord {

    @Id
    @SequenceGenerator(name = "crime_seq", schema = "crime", sequenceName = "crime_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crime_seq")
    private Long id;

    @Column(name = "crime_number", nullable = false, unique = true, length = 40)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @ManyToOne(optional = false)
    @JoinColumn(name = "classification_code")
    private OffenceClassification classification;

    @Column(name = "occurred_from", nullable = false)
    private OffsetDateTime occurredFrom;

    @Column(name = "occurred_to")
    private OffsetDateTime occurredTo;

    @Column(nullable = false, length = 300)
    private String location;

    @Column(name = "modus_operandi", length = 4000)
    private String modusOperandi;

    @Column(name = "officer_in_charge", nullable = false, length = 64)
    private String officerInCharge;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "domestic_abuse", nullable = false)
    private boolean domesticAbuse;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CrimeStatus status = CrimeStatus.UNDER_INVESTIGATION;

    @Column(name = "next_review")
    private LocalDate nextReview;

    @Column(name = "review_set_by", length = 64)
    private String reviewSetBy;

    @Embedded
    private CrimeOutcome finalisation;

    @OneToMany(mappedBy = "crime", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<LinkedPerson> people = new ArrayList<>();

    @OneToMany(mappedBy = "crime", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<PlanAction> plan = new ArrayList<>();

    @OneToMany(mappedBy = "crime", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Cancellation> cancellations = new ArrayList<>();

    @OneToMany(mappedBy = "crime", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<CrimeHistory> history = new ArrayList<>();

    @Version
    private int version;

    protected CrimeRecord() {
    }

    CrimeRecord(Report report, String number, OffenceClassification classification, NewCrime crime, Stamp stamp) {
        Require.present(crime, "There is no crime to record.");
        Require.present(classification, "Choose the Home Office offence classification.");
        Require.that(classification.inUse(), "The classification " + classification.code()
                + " has been retired; choose one in use.");
        this.report = report;
        this.number = number;
        this.classification = classification;
        this.occurredFrom = Require.happened(Require.present(crime.occurredFrom(),
                "Say when the crime happened (or the earliest it can have)."), stamp.at(), "The time the crime happened");
        this.occurredTo = crime.occurredTo();
        Require.that(occurredTo == null || !occurredTo.isBefore(occurredFrom),
                "The latest time it can have happened is before the earliest.");
        Require.that(!occurredFrom.isAfter(stamp.at()), "The crime cannot have happened in the future.");
        this.location = Require.text(crime.location() == null ? report.location() : crime.location(), 300,
                "Say where the crime happened.");
        this.modusOperandi = Require.optional(crime.modusOperandi(), 4000, "The modus operandi");
        this.officerInCharge = Require.text(crime.officerInCharge(), 64, "Name the officer in charge (their user name).");
        this.recordedAt = stamp.at();
        this.recordedBy = stamp.user();
        this.domesticAbuse = report.domesticAbuse();
        note("recorded as " + classification.view().display() + ", officer in charge " + officerInCharge, stamp);
    }

    /**
     * Links a person in a role. One crime per victim (Home Office Crime Recording Rules, section D):
     * a crime has at most one victim, and the same victim has one crime for one report.
     */
    LinkedPerson link(long personId, String name, PersonRole role, Stamp stamp) {
        Require.present(role, "Choose the person's role: victim, suspect, offender, witness or reporter.");
        Require.that(!removed(), "Crime " + number + " has been " + status.label().toLowerCase()
                + "; no one can be linked to it now.");
        Require.that(people.stream().noneMatch(p -> p.personId() == personId && p.role() == role),
                name + " is already linked to " + number + " as " + role.label().toLowerCase() + ".");
        if (role == PersonRole.VICTIM) {
            victim().ifPresent(victim -> {
                throw new InvalidInput("One crime per victim: " + number + " already has a victim, " + victim.name()
                        + ". Record a separate crime for " + name + ".");
            });
            for (CrimeRecord other : report.crimes()) {
                if (other != this && !other.removed() && other.victim().filter(v -> v.personId() == personId).isPresent()) {
                    throw new InvalidInput("One crime per victim: " + name + " is already the victim of " + other.number
                            + " from the same report.");
                }
            }
        }
        LinkedPerson link = new LinkedPerson(this, personId, name, role, stamp);
        people.add(link);
        note("linked " + name + " (person " + personId + ") as " + role.label().toLowerCase(), stamp);
        return link;
    }

    /** Sets the date of the next review; not in the past. */
    void setNextReview(LocalDate date, Stamp stamp) {
        Require.present(date, "Give the date of the next review.");
        Require.that(status == CrimeStatus.UNDER_INVESTIGATION, "Crime " + number + " is "
                + status.label().toLowerCase() + "; only a crime under investigation has reviews.");
        Require.that(!date.isBefore(stamp.at().atZoneSameInstant(RecordingClock.UK).toLocalDate()),
                "The next review date is in the past.");
        nextReview = date;
        reviewSetBy = stamp.user();
        note("next review set for " + UkDateFormat.day(date), stamp);
    }

    PlanAction addAction(String action, String assignedTo, LocalDate due, Stamp stamp) {
        Require.that(status == CrimeStatus.UNDER_INVESTIGATION, "Crime " + number + " is "
                + status.label().toLowerCase() + "; its plan is closed.");
        PlanAction planned = new PlanAction(this, Require.text(action, 1000, "Say what the action is."),
                Require.optional(assignedTo, 64, "The user name it is assigned to"), due, stamp);
        plan.add(planned);
        note("plan: added '" + planned.action() + "'", stamp);
        return planned;
    }

    PlanAction action(long actionId) {
        return plan.stream().filter(a -> a.id() != null && a.id() == actionId).findFirst()
                .orElseThrow(() -> new InvalidInput("That action is not on the plan of " + number + "."));
    }

    void completeAction(PlanAction action, Stamp stamp) {
        Require.that(!action.done(), "That action was already done.");
        action.complete(stamp);
        note("plan: done '" + action.action() + "'", stamp);
    }

    /**
     * Finalises the crime with a Home Office outcome type and a rationale. An outcome that names a
     * suspect needs one linked; an outcome resting on the victim not supporting action needs the
     * victim linked and their decision recorded: how it was obtained, when, by whom.
     */
    void finalise(Finalisation finalisation, Stamp stamp) {
        CrimeOutcome outcome = CrimeOutcome.of(this, finalisation, stamp);
        this.finalisation = outcome;
        status = CrimeStatus.FINALISED;
        nextReview = null;
        note("finalised: " + outcome.type().display(), stamp);
    }

    /** Asks a supervisor to cancel or transfer the crime, for a permitted reason, with its evidence. */
    Cancellation requestCancellation(CancellationRequest request, Stamp stamp) {
        return CancellationRules.request(this, request, stamp);
    }

    /**
     * A supervisor's decision on a cancellation: not the one who asked for it. Approved, the crime is
     * marked cancelled or transferred; refused, it stays as it was, with the reason for refusing.
     */
    void decideCancellation(Cancellation request, boolean approve, String note, Stamp stamp) {
        CancellationRules.decide(this, request, approve, note, stamp);
    }

    /** Marks the crime cancelled or transferred, after a supervisor approved it; reviews stop. */
    void markRemoved(boolean transferred) {
        status = transferred ? CrimeStatus.TRANSFERRED : CrimeStatus.CANCELLED;
        nextReview = null;
    }

    Cancellation cancellation(long requestId) {
        return cancellations.stream().filter(c -> c.id() != null && c.id() == requestId).findFirst()
                .orElseThrow(() -> new InvalidInput("That cancellation request is not one of " + number + "'s."));
    }

    void flagDomesticAbuse() {
        domesticAbuse = true;
    }

    /** Adds a line to the crime's history. */
    void note(String what, Stamp stamp) {
        history.add(new CrimeHistory(this, what, stamp));
    }

    boolean removed() {
        return status == CrimeStatus.CANCELLED || status == CrimeStatus.TRANSFERRED;
    }

    Optional<LinkedPerson> victim() {
        return people.stream().filter(p -> p.role() == PersonRole.VICTIM).findFirst();
    }

    Optional<Cancellation> pendingCancellation() {
        return cancellations.stream().filter(c -> c.status() == CancellationView.Status.REQUESTED).findFirst();
    }

    Long id() { return id; }
    String number() { return number; }
    Report report() { return report; }
    OffenceClassification classification() { return classification; }
    OffsetDateTime occurredFrom() { return occurredFrom; }
    OffsetDateTime occurredTo() { return occurredTo; }
    String location() { return location; }
    String modusOperandi() { return modusOperandi; }
    String officerInCharge() { return officerInCharge; }
    OffsetDateTime recordedAt() { return recordedAt; }
    String recordedBy() { return recordedBy; }
    boolean domesticAbuse() { return domesticAbuse; }
    CrimeStatus status() { return status; }
    LocalDate nextReview() { return nextReview; }
    String reviewSetBy() { return reviewSetBy; }
    OutcomeType outcome() { return finalisation == null ? null : finalisation.type(); }
    String outcomeRationale() { return finalisation == null ? null : finalisation.rationale(); }
    OffsetDateTime finalisedAt() { return finalisation == null ? null : finalisation.finalisedAt(); }
    String finalisedBy() { return finalisation == null ? null : finalisation.finalisedBy(); }
    VictimDecision victimDecision() { return finalisation == null ? null : finalisation.victimDecision(); }
    List<LinkedPerson> people() { return people; }
    List<PlanAction> plan() { return plan; }
    List<Cancellation> cancellations() { return cancellations; }
    List<CrimeHistory> history() { return history; }
}
