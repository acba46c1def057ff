package org.peelrms.demo.custody;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.custody.api.DisposalType;
import org.peelrms.custody.api.Entitlement;
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
import org.peelrms.custody.api.Rank;
import org.peelrms.custody.api.RightGiven;
import org.peelrms.demo.CustodySergeant;
import org.peelrms.demo.DemoPerson;
import org.peelrms.demo.Supervisor;
import org.peelrms.kernel.Roles;

/**
 * Writes demo custody records through the custody API, as the custody sergeant ("custody") and the inspector
 * ("supervisor") who would have recorded each step, at the moment it happened; each record from its own seeded
 * random numbers (the same cases on every installation), placed back from the moment of loading. Some break the
 * rules on purpose so that the board and the compliance report have something to show: late reviews (some
 * postponed with a reason), missed visits, one detainee held past the limit now. Each method is one transaction.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DemoCustodyWriter {
    private static final long SEED = 20261205L;
    private static final List<NewOffence> OFFENCES = List.of(
            new NewOffence("Assault occasioning actual bodily harm", true), new NewOffence("Burglary (dwelling)", true),
            new NewOffence("Theft from a shop", true), new NewOffence("Drunk and disorderly", false),
            new NewOffence("Criminal damage (under £5,000)", false), new NewOffence("Possession of cannabis", true),
            new NewOffence("Drink driving", false), new NewOffence("Breach of a non-molestation order", true),
            new NewOffence("Common assault", false), new NewOffence("Possession with intent to supply class A", true),
            new NewOffence("Wanted on warrant: failing to appear", false), new NewOffence("Robbery", true));
    private static final List<String> PLACES = List.of("Fishergate, Preston", "Church Street, Preston",
            "Deepdale Road, Preston", "Talbot Road, Blackpool", "Market Street, Chorley", "Station Road, Leyland");
    private static final List<String> REASONS = List.of("Detainee in interview (s. 40(4)(b)(i))",
            "No review officer readily available (s. 40(4)(b)(ii))", "Detainee asleep after being seen by the nurse");
    /** The visit intervals a suite has unless configured otherwise (custody README, peel.custody.visit.minutes). */
    private static final Map<ObservationLevel, Integer> VISIT_MINUTES = Map.of(ObservationLevel.GENERAL, 60,
            ObservationLevel.INTERMITTENT, 30, ObservationLevel.CONSTANT, 15, ObservationLevel.CLOSE_PROXIMITY, 15);

    @EJB
    private CustodyRecords custody;

    @EJB
    private CustodySergeant sergeant;

    @EJB
    private Supervisor inspector;

    /** Writes past records {@code first} to {@code last} (exclusive), released, over the year before {@code anchor}. */
    public void writePast(int first, int last, OffsetDateTime anchor, List<DemoPerson> pool) {
        for (int n = first; n < last; n++) {
            Random random = new Random(SEED * 1_000_003L + n);
            OffsetDateTime arrived = anchor.minusMinutes(60L * 24 * 3 + random.nextInt(60 * 24 * 360));
            past(random, arrived, pool.get(random.nextInt(pool.size()))).record();
        }
    }

    /** A busy suite now: detainees in every state the board shows, and a few dealt with today. */
    public void writeSuiteNow(OffsetDateTime now, List<DemoPerson> pool) {
        Random random = new Random(SEED);
        Set<Long> inCustody = new HashSet<>();
        List<Detention> suite = new ArrayList<>();
        // fresh; first review due soon; first review overdue
        suite.add(held(random, pool, inCustody, now, 20, "C1", ObservationLevel.GENERAL, false, new double[0], 0, 0, 0));
        suite.add(held(random, pool, inCustody, now, 5 * 60 + 20, "C2", ObservationLevel.GENERAL, false, new double[0], 0, 0, 0));
        suite.add(held(random, pool, inCustody, now, 6 * 60 + 40, "C3", ObservationLevel.GENERAL, false, new double[0], 0, 0, 0));
        // drunk, roused every half hour, and the last visit missed
        suite.add(held(random, pool, inCustody, now, 2 * 60 + 10, "C4", ObservationLevel.INTERMITTENT, false, new double[0], 0, 0, 50));
        // reviewed on time, close to 24 hours, not indictable
        suite.add(held(random, pool, inCustody, now, 22 * 60 + 30, "C5", ObservationLevel.GENERAL, false, new double[] {5.5, 14, 22}, 0, 0, 0));
        // extended to 36 hours by a superintendent
        suite.add(held(random, pool, inCustody, now, 27 * 60, "C6", ObservationLevel.GENERAL, true, new double[] {5, 13.5, 22, 26.5}, 22.5, 0, 0));
        // on a warrant of further detention
        suite.add(held(random, pool, inCustody, now, 40 * 60, "C7", ObservationLevel.GENERAL, true,
                new double[] {5, 13.5, 22, 30.5, 39}, 23, 34, 0));
        // constant observation for self-harm
        suite.add(held(random, pool, inCustody, now, 3 * 60, "C8", ObservationLevel.CONSTANT, false, new double[0], 0, 0, 0));
        // first review postponed while in interview
        suite.add(held(random, pool, inCustody, now, 10 * 60, "C9", ObservationLevel.GENERAL, false, new double[] {-6.7}, 0, 0, 0));
        // held past the 24-hour limit: a rule broken, for the board's red and the report
        suite.add(held(random, pool, inCustody, now, 24 * 60 + 20, "C10", ObservationLevel.GENERAL, false, new double[] {5.8, 14.5, 23}, 0, 0, 0));
        // close proximity, booked in an hour ago
        suite.add(held(random, pool, inCustody, now, 60, "C11", ObservationLevel.CLOSE_PROXIMITY, false, new double[0], 0, 0, 0));
        // dealt with today: detention refused; bailed
        suite.add(book(random, free(random, pool, inCustody), now.minusHours(5), "C12", ObservationLevel.GENERAL, false, false));
        OffsetDateTime bailedAt = now.minusMinutes(50);
        suite.add(held(random, pool, inCustody, bailedAt, 8 * 60, "C13", ObservationLevel.GENERAL, false, new double[] {5.5}, 0, 0, 0)
                .then(bailedAt, sergeant, id -> custody.dispose(id, new NewDisposal(DisposalType.BAILED, bailedAt,
                        "Not to contact the complainant; to live and sleep at his home address",
                        bailedAt.toLocalDate().plusDays(28), null))));
        suite.forEach(Detention::record);
    }

    private Detention past(Random random, OffsetDateTime arrived, DemoPerson person) {
        boolean authorised = random.nextInt(100) >= 4;
        int levelRoll = random.nextInt(100);
        ObservationLevel level = levelRoll < 70 ? ObservationLevel.GENERAL : levelRoll < 95 ? ObservationLevel.INTERMITTENT
                : ObservationLevel.CONSTANT;
        Detention detention = book(random, person, arrived, "C" + (1 + random.nextInt(20)), level,
                random.nextInt(100) < 12, authorised);
        if (!authorised) {
            return detention;
        }
        OffsetDateTime start = detention.decidedAt();
        boolean long_ = detention.indictable() && random.nextInt(100) < 10;
        double hours = long_ ? 25 + random.nextInt(10) : 2 + random.nextInt(19) + random.nextDouble();
        OffsetDateTime release = start.plusMinutes((long) (hours * 60));
        List<OffsetDateTime> reviewed = reviews(random, detention, start, release, long_);
        if (long_ && reviewed.size() >= 2) {
            OffsetDateTime at = reviewed.get(1).plusMinutes(30);
            if (at.isBefore(start.plusHours(23))) {
                detention.then(at, inspector, id -> custody.extend(id, new NewExtension(Rank.SUPERINTENDENT,
                        detention.relevantTime().plusHours(36), "Forensic results awaited; the investigation is"
                        + " conducted diligently.")));
            }
        }
        visits(random, detention, level, start, release, 3);
        NewDisposal disposal = disposal(DisposalType.values()[random.nextInt(5)], release);
        return detention.then(release, sergeant, id -> custody.dispose(id, disposal));
    }

    /** A detainee in custody now, booked {@code minutesAgo}, with reviews at the given hours (negative: postponed). */
    private Detention held(Random random, List<DemoPerson> pool, Set<Long> inCustody, OffsetDateTime now, long minutesAgo,
            String cell, ObservationLevel level, boolean indictable, double[] reviewHours, double extendedAt,
            double warrantAt, int missedVisitMinutes) {
        DemoPerson person = free(random, pool, inCustody);
        inCustody.add(person.id());
        Detention detention = book(random, person, now.minusMinutes(minutesAgo + 10), cell, level, indictable, true);
        OffsetDateTime start = detention.decidedAt();
        for (double h : reviewHours) {
            NewReview review = new NewReview(Rank.INSPECTOR, true, true, "Detention necessary to obtain evidence by"
                    + " questioning; interview planned.", h < 0 ? REASONS.get(0) : null);
            detention.then(start.plusMinutes((long) (Math.abs(h) * 60)), inspector, id -> custody.review(id, review));
        }
        if (extendedAt > 0) {
            detention.then(start.plusMinutes((long) (extendedAt * 60)), inspector, id -> custody.extend(id,
                    new NewExtension(Rank.SUPERINTENDENT, detention.relevantTime().plusHours(36),
                            "Further witnesses to interview; the investigation is conducted diligently.")));
        }
        if (warrantAt > 0) {
            OffsetDateTime issued = start.plusMinutes((long) (warrantAt * 60));
            detention.then(issued, sergeant, id -> custody.warrant(id, new NewWarrant("Preston Magistrates' Court", issued,
                    issued.plusHours(36), "Warrant 26/1187")));
        }
        visits(random, detention, level, start, now.minusMinutes(missedVisitMinutes), 0);
        return detention;
    }

    /** Someone from the pool who is not in custody now (a person is in one detention at a time). */
    private static DemoPerson free(Random random, List<DemoPerson> pool, Set<Long> inCustody) {
        DemoPerson person = pool.get(random.nextInt(pool.size()));
        while (inCustody.contains(person.id())) {
            person = pool.get(random.nextInt(pool.size()));
        }
        return person;
    }

    private Detention book(Random random, DemoPerson person, OffsetDateTime arrived, String cell, ObservationLevel level,
            boolean indictable, boolean authorised) {
        List<NewOffence> kind = OFFENCES.stream().filter(o -> o.indictable() == indictable).toList();
        NewOffence offence = kind.get(random.nextInt(kind.size()));
        OffsetDateTime decided = arrived.plusMinutes(10);
        OffsetDateTime arrested = arrived.minusMinutes(20 + random.nextInt(70));
        boolean drunk = level != ObservationLevel.GENERAL;
        NewBooking booking = new NewBooking(person.id(), arrested, PLACES.get(random.nextInt(PLACES.size())), arrived,
                false, "PC " + (1000 + random.nextInt(8999)) + " " + List.of("Holt", "Shaw", "Clarke", "Kelly").get(random.nextInt(4)),
                List.of(offence), authorised, authorised ? "To secure and preserve evidence and to obtain evidence by"
                        + " questioning." : "Not necessary: the offence admitted on the street; dealt with by a fixed penalty.",
                cell, new NewRiskAssessment("No injuries; no medication", level == ObservationLevel.CONSTANT
                        ? "Says he wants to harm himself; self-harm marker" : "None disclosed",
                        drunk ? "Heavily intoxicated; to be roused" : "None", "None", level),
                List.of(new RightGiven(Entitlement.LEGAL_ADVICE, decided.plusMinutes(2), random.nextBoolean()
                        ? "Wants the duty solicitor" : "Declined"),
                        new RightGiven(Entitlement.SOMEONE_INFORMED, decided.plusMinutes(3), "Mother to be told"),
                        new RightGiven(Entitlement.CODES_OF_PRACTICE, decided.plusMinutes(3), null)),
                "Phone, wallet (£" + (5 + random.nextInt(60)) + "), keys, belt", List.of());
        return new Detention(custody, sergeant, booking, decided);
    }

    /** Reviews at their times, about one in sixteen late (half of those postponed with a reason); their times. */
    private List<OffsetDateTime> reviews(Random random, Detention detention, OffsetDateTime start, OffsetDateTime release,
            boolean long_) {
        List<OffsetDateTime> times = new ArrayList<>();
        OffsetDateTime due = start.plusHours(6);
        while (due.isBefore(release)) {
            int roll = random.nextInt(100);
            boolean late = roll < 6;
            OffsetDateTime at = late ? due.plusMinutes(20 + random.nextInt(100)) : due.minusMinutes(5 + random.nextInt(50));
            if (at.isAfter(release)) {
                break;
            }
            NewReview review = new NewReview(Rank.INSPECTOR, true, true, "Detention still necessary; interview "
                    + (long_ ? "continuing" : "to be completed") + ".", late && roll < 3 ? REASONS.get(random.nextInt(
                    REASONS.size())) : null);
            detention.then(at, inspector, id -> custody.review(id, review));
            times.add(at);
            due = (late ? due : at).plusHours(9);
        }
        return times;
    }

    /** Visits at the level's interval (a few minutes early), each missed with the given chance in a hundred. */
    private void visits(Random random, Detention detention, ObservationLevel level, OffsetDateTime start,
            OffsetDateTime until, int missedPercent) {
        int minutes = VISIT_MINUTES.get(level);
        EntryKind kind = level == ObservationLevel.INTERMITTENT ? EntryKind.ROUSING : EntryKind.VISIT;
        String seen = kind == EntryKind.ROUSING ? "Roused; responded to name and answered questions"
                : "Seen through the hatch; lying down, breathing";
        for (OffsetDateTime t = start.plusMinutes(minutes - 1 - random.nextInt(4)); !t.isAfter(until);
                t = t.plusMinutes(minutes - 1 - random.nextInt(4))) {
            if (random.nextInt(100) >= missedPercent) {
                NewEntry visit = NewEntry.of(kind, t, seen);
                detention.then(t, sergeant, id -> custody.addEntry(id, visit));
            } else {
                t = t.plusMinutes(minutes / 2);
            }
        }
    }

    private static NewDisposal disposal(DisposalType type, OffsetDateTime at) {
        return switch (type) {
            case CHARGED -> new NewDisposal(type, at, "Charged; bailed to Preston Magistrates' Court", at.toLocalDate().plusDays(14), null);
            case BAILED -> new NewDisposal(type, at, "Not to contact the complainant", at.toLocalDate().plusDays(28), null);
            case TRANSFERRED -> new NewDisposal(type, at, "Wanted by another force", null, "Cumbria Constabulary, Carlisle");
            case RELEASED_UNDER_INVESTIGATION -> new NewDisposal(type, at, "Enquiries continue", null, null);
            default -> new NewDisposal(DisposalType.NO_FURTHER_ACTION, at, "Insufficient evidence", null, null);
        };
    }
}
