package org.peelrms.crime.internal;

import org.peelrms.kernel.Require;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

/**
 * A recorded crime: its reference number, Home Office classification, when and where, how it was
 * done, the officer in charge, the people linked to it, its investigation plan, and how it ended:
 * finalised with an outcome type, or cancelled or transferred (kept and marked, never deleted). The
 * aggregate root of all of these; the counting rules are checked here. Optimistically locked.
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

    @Convert(converter = OutcomeNumber.class)
    private OutcomeType outcome;

    @Column(name = "outcome_rationale", length = 4000)
    private String outcomeRationale;

    @Column(name = "finalised_at")
    private OffsetDateTime finalisedAt;

    @Column(name = "finalised_by", length = 64)
    private String finalisedBy;

    @Column(name = "victim_decision_how", length = 300)
    private String victimDecisionHow;

    @Column(name = "victim_decision_at")
    private OffsetDateTime victimDecisionAt;

    @Column(name = "victim_decision_by", length = 100)
    private String victimDecisionBy;

    @Column(name = "victim_words", length = 4000)
    private String victimWords;

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
        this.occurredFrom = Require.present(crime.occurredFrom(), "Say when the crime happened (or the earliest it can have).");
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
        note("next review set for " + date, stamp);
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
        Require.present(finalisation, "Choose the outcome.");
        OutcomeType type = Require.present(finalisation.outcome(), "Choose the Home Office outcome type (1 to 22).");
        Require.that(status == CrimeStatus.UNDER_INVESTIGATION, "Crime " + number + " is already "
                + status.label().toLowerCase() + ".");
        Require.that(pendingCancellation().isEmpty(), "A cancellation of " + number
                + " is waiting for a supervisor's decision; finalise it after that decision.");
        String rationale = Require.text(finalisation.rationale(), 4000, "Write the rationale for the outcome.");
        if (type.needsSuspect()) {
            Require.that(people.stream().anyMatch(p -> p.role().accused()), type.display()
                    + " needs a suspect or offender linked to the crime; link them first.");
        }
        if (type.needsVictimDecision()) {
            Require.that(victim().isPresent(), type.display() + " rests on the victim's decision; link the victim first.");
            VictimDecision decision = Require.present(finalisation.victimDecision(), type.display()
                    + " needs the victim's decision recorded: how it was obtained, when, by whom, and their own words where given.");
            victimDecisionHow = Require.text(decision.howObtained(), 300,
                    "Say how the victim's decision was obtained (in person, by phone, a signed statement…).");
            victimDecisionAt = Require.present(decision.obtainedAt(), "Say when the victim's decision was obtained.");
            Require.that(!victimDecisionAt.isAfter(stamp.at()), "The victim's decision cannot have been obtained in the future.");
            Require.that(!victimDecisionAt.isBefore(report.reportedAt()),
                    "The victim's decision cannot have been obtained before the crime was reported.");
            victimDecisionBy = Require.text(decision.obtainedBy(), 100, "Say who obtained the victim's decision.");
            victimWords = Require.optional(decision.victimsWords(), 4000, "The victim's own words");
        }
        outcome = type;
        outcomeRationale = rationale;
        finalisedAt = stamp.at();
        finalisedBy = stamp.user();
        status = CrimeStatus.FINALISED;
        nextReview = null;
        note("finalised: " + type.display(), stamp);
    }

    /** Asks a supervisor to cancel or transfer the crime, for a permitted reason, with its evidence. */
    Cancellation requestCancellation(CancellationRequest request, Stamp stamp) {
        Require.present(request, "Give the reason and the evidence.");
        Require.present(request.reason(), "Choose the reason the counting rules allow for removing this crime.");
        Require.that(!removed(), "Crime " + number + " has already been " + status.label().toLowerCase() + ".");
        Require.that(pendingCancellation().isEmpty(), "A cancellation of " + number + " is already waiting for a supervisor.");
        String evidence = Require.text(request.evidence(), 4000, request.reason().transfer()
                ? "Give the evidence that the crime happened in the other force's area."
                : "Give the additional verifiable information (or the crime it duplicates) that supports removing it.");
        String force = request.reason().transfer()
                ? Require.text(request.transferredTo(), 200, "Name the force the crime is transferred to.")
                : null;
        Cancellation cancellation = new Cancellation(this, request.reason(), evidence, force, stamp);
        cancellations.add(cancellation);
        note("asked to " + (request.reason().transfer() ? "transfer to " + force : "cancel") + ": "
                + request.reason().label(), stamp);
        return cancellation;
    }

    /**
     * A supervisor's decision on a cancellation: not the one who asked for it. Approved, the crime is
     * marked cancelled or transferred; refused, it stays as it was, with the reason for refusing.
     */
    void decideCancellation(Cancellation request, boolean approve, String note, Stamp stamp) {
        Require.that(request.status() == CancellationView.Status.REQUESTED, "That request was already "
                + request.status().label().toLowerCase() + ".");
        Require.that(!request.requestedBy().equals(stamp.user()), "You asked for this cancellation yourself;"
                + " another supervisor must decide it.");
        String why = approve ? Require.optional(note, 2000, "The note")
                : Require.text(note, 2000, "Say why the cancellation is refused.");
        request.decide(approve, why, stamp);
        if (approve) {
            status = request.reason().transfer() ? CrimeStatus.TRANSFERRED : CrimeStatus.CANCELLED;
            nextReview = null;
        }
        note((approve ? "approved: " : "refused: ") + request.reason().label()
                + (why == null ? "" : " (" + why + ")"), stamp);
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

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    Report report() {
        return report;
    }

    OffenceClassification classification() {
        return classification;
    }

    OffsetDateTime occurredFrom() {
        return occurredFrom;
    }

    OffsetDateTime occurredTo() {
        return occurredTo;
    }

    String location() {
        return location;
    }

    String modusOperandi() {
        return modusOperandi;
    }

    String officerInCharge() {
        return officerInCharge;
    }

    OffsetDateTime recordedAt() {
        return recordedAt;
    }

    String recordedBy() {
        return recordedBy;
    }

    boolean domesticAbuse() {
        return domesticAbuse;
    }

    CrimeStatus status() {
        return status;
    }

    LocalDate nextReview() {
        return nextReview;
    }

    String reviewSetBy() {
        return reviewSetBy;
    }

    OutcomeType outcome() {
        return outcome;
    }

    String outcomeRationale() {
        return outcomeRationale;
    }

    OffsetDateTime finalisedAt() {
        return finalisedAt;
    }

    String finalisedBy() {
        return finalisedBy;
    }

    VictimDecision victimDecision() {
        return victimDecisionHow == null ? null
                : new VictimDecision(victimDecisionHow, victimDecisionAt, victimDecisionBy, victimWords);
    }

    List<LinkedPerson> people() {
        return people;
    }

    List<PlanAction> plan() {
        return plan;
    }

    List<Cancellation> cancellations() {
        return cancellations;
    }

    List<CrimeHistory> history() {
        return history;
    }
}
