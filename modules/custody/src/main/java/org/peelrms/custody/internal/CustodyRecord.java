package org.peelrms.custody.internal;

import org.peelrms.kernel.Require;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peelrms.custody.api.Correction;
import org.peelrms.custody.api.DisposalType;
import org.peelrms.custody.api.EntryKind;
import org.peelrms.custody.api.NewBooking;
import org.peelrms.custody.api.NewDisposal;
import org.peelrms.custody.api.NewEntry;
import org.peelrms.custody.api.NewExtension;
import org.peelrms.custody.api.NewOffence;
import org.peelrms.custody.api.NewReview;
import org.peelrms.custody.api.NewRiskAssessment;
import org.peelrms.custody.api.NewWarrant;
import org.peelrms.custody.api.ObservationLevel;
import org.peelrms.custody.api.RightGiven;
import org.peelrms.custody.api.RightNotYetGiven;
import org.peelrms.kernel.InvalidInput;

/**
 * A custody record: one detention of one person, from booking in to disposal. The aggregate root of
 * its entries. The booking facts are written once (arrest, arrival, the relevant time, the custody
 * officer's decision and grounds); everything after is an entry appended to the record, never changed
 * or removed. What the person's state is (cell, observation level, in custody or released) is read
 * from the entries in force, that is those no correction has superseded ({@link EntriesInForce}); the
 * PACE rules are applied by {@link DetentionClock} and {@link VisitRules}. Reviews, extensions, warrants
 * and the disposal are in {@link DetentionDecisions}, corrections in {@link EntryCorrections}.
 */
@Entity
@Table(name = "custody_record", schema = "custody")
public class CustodyRecord {
    /** How far in the future a time may be given (clocks of devices differ a little). */

    @Id
    @SequenceGenerator(name = "custody_record_seq", schema = "custody", sequenceName = "custody_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custody_record_seq")
    private Long id;

    @Column(name = "custody_number", nullable = false, length = 40, updatable = false)
    private String number;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "person_name", nullable = false, length = 300, updatable = false)
    private String personName;

    @Column(name = "warning_markers", length = 1000, updatable = false)
    private String markers;

    @Column(name = "arrested_at", nullable = false, updatable = false)
    private OffsetDateTime arrestedAt;

    @Column(name = "arrest_place", nullable = false, length = 300, updatable = false)
    private String arrestPlace;

    @Column(name = "arrived_at", nullable = false, updatable = false)
    private OffsetDateTime arrivedAt;

    @Column(name = "arrested_at_station", nullable = false, updatable = false)
    private boolean arrestedAtStation;

    @Column(name = "arresting_officer", nullable = false, length = 100, updatable = false)
    private String arrestingOfficer;

    @Column(name = "relevant_time", nullable = false, updatable = false)
    private OffsetDateTime relevantTime;

    @Column(name = "detention_authorised", nullable = false, updatable = false)
    private boolean authorised;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by", nullable = false, length = 64, updatable = false)
    private String decidedBy;

    @Column(nullable = false, length = 4000, updatable = false)
    private String grounds;

    @OneToMany(mappedBy = "record", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<CustodyOffence> offences = new ArrayList<>();

    @OneToMany(mappedBy = "record", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<CustodyEntry> entries = new ArrayList<>();

    protected CustodyRecord() {
    }

    /**
     * Books a person in with the custody officer's decision, made now ({@code stamp}).
     *
     * @param personName the person's name on the people index, as it stands at booking in
     * @param markers    their warning markers in force, as they stand at booking in (shown on the board)
     */
    CustodyRecord(String number, long personId, String personName, String markers, NewBooking booking, Stamp stamp) {
        Require.present(booking, "There is no booking to record.");
        this.number = number;
        this.personId = personId;
        this.personName = personName;
        this.markers = markers == null || markers.isBlank() ? null : markers;
        this.arrestedAt = Require.present(booking.arrestedAt(), "Give the time of arrest.");
        this.arrivedAt = booking.arrivedAt() == null && booking.arrestedAtStation() ? arrestedAt
                : Require.present(booking.arrivedAt(), "Give the time the person arrived at the station.");
        Require.happened(arrestedAt, stamp.at(), "The time of arrest");
        Require.happened(arrivedAt, stamp.at(), "The time of arrival");
        Require.that(booking.arrestedAtStation() || !arrivedAt.isBefore(arrestedAt),
                "The person cannot arrive at the station before they were arrested; check the times"
                        + " (or mark that they attended voluntarily and were arrested there).");
        this.arrestedAtStation = booking.arrestedAtStation();
        this.arrestPlace = Require.text(booking.arrestPlace(), 300, "Say where the person was arrested.");
        this.arrestingOfficer = Require.text(booking.arrestingOfficer(), 100, "Name the arresting officer.");
        Require.that(booking.offences() != null && !booking.offences().isEmpty(),
                "Give at least one offence the person was arrested for.");
        for (NewOffence offence : booking.offences()) {
            offences.add(new CustodyOffence(this, Require.present(offence, "One of the offences is empty.")));
        }
        this.relevantTime = DetentionClock.relevantTime(arrestedAt.toInstant(), arrivedAt.toInstant(), arrestedAtStation)
                .atZone(DetentionClock.UK).toOffsetDateTime();
        this.authorised = booking.authorised();
        this.grounds = Require.text(booking.grounds(), 4000, authorised
                ? "Give the grounds for authorising detention (PACE s. 37)."
                : "Give the grounds for refusing detention.");
        this.decidedAt = stamp.at();
        this.decidedBy = stamp.user();
        Require.that(!decidedAt.isBefore(arrivedAt.minus(Require.CLOCK_SKEW)),
                "The time of arrival is after now; the decision on detention is made at arrival or later.");
        entries.add(new CustodyEntry(this, EntryKind.BOOKED_IN, arrivedAt, "Arrested " + DetentionClock.show(
                arrestedAt.toInstant()) + " at " + arrestPlace + " by " + arrestingOfficer + (arrestedAtStation
                ? " (attended voluntarily)" : "") + " for " + String.join("; ", offences.stream()
                .map(o -> o.description() + (o.indictable() ? " (indictable)" : "")).toList()), stamp));
        entries.add(new CustodyEntry(this, authorised ? EntryKind.DETENTION_AUTHORISED : EntryKind.DETENTION_REFUSED,
                decidedAt, grounds, stamp));
        if (!authorised) {
            entries.add(new CustodyEntry(this, EntryKind.DISPOSAL, decidedAt, "Detention refused by the custody officer.",
                    stamp).disposal(DisposalType.DETENTION_REFUSED, null, null));
            return;
        }
        String cell = Require.text(booking.cell(), 40, "Give the cell the person is put in.");
        entries.add(new CustodyEntry(this, EntryKind.CELL, decidedAt, null, stamp).cell(cell));
        entries.add(riskAssessment(Require.present(booking.risk(),
                "Assess the risk (health, self-harm, alcohol and drugs, other risks) and set the observation level."),
                decidedAt, stamp));
        List<RightGiven> given = booking.rights() == null ? List.of() : booking.rights();
        List<RightNotYetGiven> notYet = booking.rightsNotYetGiven() == null ? List.of() : booking.rightsNotYetGiven();
        RightsAtBookingIn.requireEachStatedOnce(given, notYet);
        for (RightGiven right : given) {
            entries.add(new CustodyEntry(this, EntryKind.RIGHTS, time(right.at(), stamp, false),
                    Require.optional(right.detail(), 4000, "What the person said"), stamp)
                    .entitlement(right.entitlement()));
        }
        for (RightNotYetGiven right : notYet) {
            entries.add(new CustodyEntry(this, EntryKind.NOTE, decidedAt, "Not yet told of the right: "
                    + right.entitlement().label() + ". Why: " + Require.text(right.reason(), 4000,
                    "Say why the person could not yet be told of: " + right.entitlement().label() + ".")
                    + " To be told as soon as practicable (PACE Code C).", stamp));
        }
        String property = Require.optional(booking.property(), 4000, "The property list");
        if (property != null) {
            entries.add(new CustodyEntry(this, EntryKind.PROPERTY, arrivedAt, property, stamp));
        }
    }

    /** Adds an entry made by hand as things happen. */
    CustodyEntry add(NewEntry entry, Stamp stamp) {
        Require.present(entry, "There is no entry to add.");
        EntryKind kind = Require.present(entry.kind(), "Say what kind of entry this is.");
        Require.that(authorised, "Detention was refused; nothing more is recorded on this record.");
        Require.that(kind.addedByHand(), kind.label() + " is recorded through its own action, not as an entry.");
        boolean afterRelease = kind == EntryKind.NOTE || kind == EntryKind.PROPERTY;
        OffsetDateTime at = time(entry.occurredAt(), stamp, afterRelease);
        CustodyEntry added = switch (kind) {
            case CELL -> new CustodyEntry(this, kind, at, Require.optional(entry.text(), 4000, "The note"), stamp)
                    .cell(Require.text(entry.cell(), 40, "Give the new cell."));
            case RISK_ASSESSMENT -> riskAssessment(Require.present(entry.risk(), "Give the risk assessment."), at, stamp);
            case RIGHTS -> new CustodyEntry(this, kind, at, Require.optional(entry.text(), 4000, "What the person said"),
                    stamp).entitlement(Require.present(entry.entitlement(), "Say which right was given."));
            case VISIT, ROUSING -> new CustodyEntry(this, kind, at, Require.text(entry.text(), 4000,
                    "Say how the detainee was on the visit" + (kind == EntryKind.ROUSING ? " and how they responded"
                            + " to rousing." : ".")), stamp);
            default -> new CustodyEntry(this, kind, at, Require.text(entry.text(), 4000, "Write the entry."), stamp);
        };
        entries.add(added);
        return added;
    }

    /** Corrects an entry with a new one of the same kind pointing at it; the entry corrected stays as written. */
    CustodyEntry correct(long entryId, Correction correction, Stamp stamp) {
        return EntryCorrections.correct(this, entryId, correction, stamp);
    }

    /** A review of detention by the signed-in officer, now (PACE s. 40). */
    CustodyEntry review(NewReview review, Stamp stamp) {
        return DetentionDecisions.review(this, review, stamp);
    }

    /** A superintendent's extension, given now by the signed-in officer (PACE s. 42). */
    CustodyEntry extend(NewExtension extension, Stamp stamp) {
        return DetentionDecisions.extend(this, extension, stamp);
    }

    /** A warrant of further detention or its extension (PACE ss. 43, 44). */
    CustodyEntry warrant(NewWarrant warrant, Stamp stamp) {
        return DetentionDecisions.warrant(this, warrant, stamp);
    }

    /** Ends the detention; its time stops the clock. */
    CustodyEntry dispose(NewDisposal disposal, Stamp stamp) {
        return DetentionDecisions.dispose(this, disposal, stamp);
    }

    private CustodyEntry riskAssessment(NewRiskAssessment risk, OffsetDateTime at, Stamp stamp) {
        ObservationLevel level = Require.present(risk.level(), "Set the observation level from the risk assessment.");
        String text = "Health: " + Require.text(risk.health(), 900, "Record the health questions' answers.")
                + "\nSelf-harm: " + Require.text(risk.selfHarm(), 900, "Record the answers on self-harm.")
                + "\nAlcohol and drugs: " + Require.text(risk.alcoholAndDrugs(), 900, "Record the answers on alcohol and drugs.")
                + "\nOther risks: " + Require.text(risk.otherRisks(), 900, "Record any other risks (or \"none\").");
        return new CustodyEntry(this, EntryKind.RISK_ASSESSMENT, at, text, stamp).level(level);
    }

    /** The time something happened: given, or now; never in the future, before arrival, or after release. */
    OffsetDateTime time(OffsetDateTime given, Stamp stamp, boolean allowedAfterRelease) {
        OffsetDateTime at = given == null ? stamp.at() : given;
        Require.happened(at, stamp.at(), "The time given");
        OffsetDateTime earliest = arrivedAt.isBefore(arrestedAt) ? arrivedAt : arrestedAt;
        Require.that(!at.isBefore(earliest), "The time given is before the person was in custody ("
                + DetentionClock.show(earliest.toInstant()) + ").");
        Optional<OffsetDateTime> released = releasedAt();
        if (!allowedAfterRelease && released.isPresent() && at.isAfter(released.get())) {
            throw new InvalidInput("The person was released at " + DetentionClock.show(released.get().toInstant())
                    + "; only notes and property are recorded after that.");
        }
        return at;
    }

    void requireAuthorised() {
        Require.that(authorised, "Detention was refused; there is no detention to review, extend or end.");
    }

    /** The entries in force: every entry no correction has superseded, in the order they happened. */
    List<CustodyEntry> effective() { return new EntriesInForce(this).entries(); }
    Optional<CustodyEntry> disposal() { return new EntriesInForce(this).disposal(); }
    Optional<OffsetDateTime> releasedAt() { return new EntriesInForce(this).releasedAt(); }
    String cell() { return new EntriesInForce(this).cell(); }
    ObservationLevel level() { return new EntriesInForce(this).level(); }

    boolean indictable() {
        return offences.stream().anyMatch(CustodyOffence::indictable);
    }

    /** The facts the PACE clock runs on (detention authorised only). */
    DetentionClock.Facts facts() { return new EntriesInForce(this).facts(); }
    List<VisitRules.LevelSet> levelSets() { return new EntriesInForce(this).levelSets(); }
    List<Instant> visits() { return new EntriesInForce(this).visits(); }

    Long id() { return id; }
    String number() { return number; }
    long personId() { return personId; }
    String personName() { return personName; }
    String markers() { return markers; }
    OffsetDateTime arrestedAt() { return arrestedAt; }
    String arrestPlace() { return arrestPlace; }
    OffsetDateTime arrivedAt() { return arrivedAt; }
    boolean arrestedAtStation() { return arrestedAtStation; }
    String arrestingOfficer() { return arrestingOfficer; }
    OffsetDateTime relevantTime() { return relevantTime; }
    boolean authorised() { return authorised; }
    OffsetDateTime decidedAt() { return decidedAt; }
    String decidedBy() { return decidedBy; }
    String grounds() { return grounds; }
    List<CustodyOffence> offences() { return offences; }
    List<CustodyEntry> entries() { return entries; }
}
