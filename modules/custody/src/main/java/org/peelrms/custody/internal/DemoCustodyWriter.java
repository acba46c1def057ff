package org.peelrms.custody.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
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
import org.peelrms.custody.api.RecordTypes;
import org.peelrms.custody.api.RightGiven;
import org.peelrms.kernel.Roles;

/**
 * Saves demo custody records through the same aggregate and rules as real ones, each from its own
 * seeded random numbers (the same cases on every installation), placed back from the moment of loading.
 * Some break the rules on purpose so that the board and the compliance report have something to show:
 * late reviews (some postponed with a reason), missed visits, one detainee held past the limit now.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DemoCustodyWriter {
    private static final long SEED = 20261205L;
    private static final String SERGEANT = "custody";
    private static final String INSPECTOR = "supervisor";
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

    @PersistenceContext(unitName = "custody")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    public long count() {
        return entityManager.createQuery("select count(r) from CustodyRecord r", Long.class).getSingleResult();
    }

    /** Saves past records {@code first} to {@code last} (exclusive), released, over the year before {@code anchor}. */
    public void savePast(int first, int last, OffsetDateTime anchor, List<DemoPerson> pool) {
        List<CustodyRecord> saved = new ArrayList<>();
        for (int n = first; n < last; n++) {
            Random random = new Random(SEED * 1_000_003L + n);
            OffsetDateTime arrived = anchor.minusMinutes(60L * 24 * 3 + random.nextInt(60 * 24 * 360));
            saved.add(past(random, arrived, pool.get(random.nextInt(pool.size()))));
        }
        audited(saved);
    }

    /** A busy suite now: detainees in every state the board shows, and a few dealt with today. */
    public void saveSuiteNow(OffsetDateTime now, List<DemoPerson> pool) {
        Random random = new Random(SEED);
        List<CustodyRecord> saved = new ArrayList<>();
        // fresh; first review due soon; first review overdue
        saved.add(held(random, pool, now, 20, "C1", ObservationLevel.GENERAL, false, new double[0], 0, 0, 0));
        saved.add(held(random, pool, now, 5 * 60 + 20, "C2", ObservationLevel.GENERAL, false, new double[0], 0, 0, 0));
        saved.add(held(random, pool, now, 6 * 60 + 40, "C3", ObservationLevel.GENERAL, false, new double[0], 0, 0, 0));
        // drunk, roused every half hour, and the last visit missed
        saved.add(held(random, pool, now, 2 * 60 + 10, "C4", ObservationLevel.INTERMITTENT, false, new double[0], 0, 0, 50));
        // reviewed on time, close to 24 hours, not indictable
        saved.add(held(random, pool, now, 22 * 60 + 30, "C5", ObservationLevel.GENERAL, false, new double[] {5.5, 14, 22}, 0, 0, 0));
        // extended to 36 hours by a superintendent
        saved.add(held(random, pool, now, 27 * 60, "C6", ObservationLevel.GENERAL, true, new double[] {5, 13.5, 22, 26.5}, 22.5, 0, 0));
        // on a warrant of further detention
        saved.add(held(random, pool, now, 40 * 60, "C7", ObservationLevel.GENERAL, true,
                new double[] {5, 13.5, 22, 30.5, 39}, 23, 34, 0));
        // constant observation for self-harm
        saved.add(held(random, pool, now, 3 * 60, "C8", ObservationLevel.CONSTANT, false, new double[0], 0, 0, 0));
        // first review postponed while in interview
        saved.add(held(random, pool, now, 10 * 60, "C9", ObservationLevel.GENERAL, false, new double[] {-6.7}, 0, 0, 0));
        // held past the 24-hour limit: a rule broken, for the board's red and the report
        saved.add(held(random, pool, now, 24 * 60 + 20, "C10", ObservationLevel.GENERAL, false, new double[] {5.8, 14.5, 23}, 0, 0, 0));
        // close proximity, booked in an hour ago
        saved.add(held(random, pool, now, 60, "C11", ObservationLevel.CLOSE_PROXIMITY, false, new double[0], 0, 0, 0));
        // dealt with today: detention refused; bailed; released under investigation
        DemoPerson refused = pool.get(random.nextInt(pool.size()));
        saved.add(book(random, refused, now.minusHours(5), "C12", ObservationLevel.GENERAL, false, false));
        CustodyRecord bailed = held(random, pool, now.minusMinutes(50), 8 * 60, "C13", ObservationLevel.GENERAL, false,
                new double[] {5.5}, 0, 0, 0);
        bailed.dispose(new NewDisposal(DisposalType.BAILED, now.minusMinutes(50), "Not to contact the complainant;"
                + " to live and sleep at his home address", now.toLocalDate().plusDays(28), null),
                new Stamp(SERGEANT, now.minusMinutes(50)));
        saved.add(bailed);
        audited(saved);
    }

    private CustodyRecord past(Random random, OffsetDateTime arrived, DemoPerson person) {
        boolean authorised = random.nextInt(100) >= 4;
        int levelRoll = random.nextInt(100);
        ObservationLevel level = levelRoll < 70 ? ObservationLevel.GENERAL : levelRoll < 95 ? ObservationLevel.INTERMITTENT
                : ObservationLevel.CONSTANT;
        CustodyRecord record = book(random, person, arrived, "C" + (1 + random.nextInt(20)), level,
                random.nextInt(100) < 12, authorised);
        if (!authorised) {
            return record;
        }
        OffsetDateTime start = record.decidedAt();
        boolean long_ = record.indictable() && random.nextInt(100) < 10;
        double hours = long_ ? 25 + random.nextInt(10) : 2 + random.nextInt(19) + random.nextDouble();
        OffsetDateTime release = start.plusMinutes((long) (hours * 60));
        reviews(random, record, start, release, long_);
        if (long_ && record.facts().reviews().size() >= 2) {
            OffsetDateTime at = after(record.facts().reviews().get(1).at(), 30);
            if (at.isBefore(start.plusHours(23))) {
                record.extend(new NewExtension(Rank.SUPERINTENDENT, record.relevantTime().plusHours(36),
                        "Forensic results awaited; the investigation is conducted diligently."),
                        new Stamp(INSPECTOR, at));
            }
        }
        visits(random, record, start, release, 3);
        DisposalType type = DisposalType.values()[random.nextInt(5)];
        record.dispose(disposal(type, release), new Stamp(SERGEANT, release));
        return record;
    }

    /** A detainee in custody now, booked {@code minutesAgo}, with reviews at the given hours (negative: postponed). */
    private CustodyRecord held(Random random, List<DemoPerson> pool, OffsetDateTime now, long minutesAgo, String cell,
            ObservationLevel level, boolean indictable, double[] reviewHours, double extendedAt, double warrantAt,
            int missedVisitMinutes) {
        CustodyRecord record = book(random, pool.get(random.nextInt(pool.size())), now.minusMinutes(minutesAgo + 10),
                cell, level, indictable, true);
        OffsetDateTime start = record.decidedAt();
        for (double h : reviewHours) {
            OffsetDateTime at = start.plusMinutes((long) (Math.abs(h) * 60));
            record.review(new NewReview(Rank.INSPECTOR, true, true, "Detention necessary to obtain evidence by questioning;"
                    + " interview planned.", h < 0 ? REASONS.get(0) : null), new Stamp(INSPECTOR, at));
        }
        if (extendedAt > 0) {
            record.extend(new NewExtension(Rank.SUPERINTENDENT, record.relevantTime().plusHours(36),
                    "Further witnesses to interview; the investigation is conducted diligently."),
                    new Stamp(INSPECTOR, start.plusMinutes((long) (extendedAt * 60))));
        }
        if (warrantAt > 0) {
            OffsetDateTime issued = start.plusMinutes((long) (warrantAt * 60));
            record.warrant(new NewWarrant("Preston Magistrates' Court", issued, issued.plusHours(36), "Warrant 26/1187"),
                    new Stamp(SERGEANT, issued));
        }
        visits(random, record, start, now.minusMinutes(missedVisitMinutes), 0);
        return record;
    }

    private CustodyRecord book(Random random, DemoPerson person, OffsetDateTime arrived, String cell,
            ObservationLevel level, boolean indictable, boolean authorised) {
        List<NewOffence> kind = OFFENCES.stream().filter(o -> o.indictable() == indictable).toList();
        NewOffence offence = kind.get(random.nextInt(kind.size()));
        OffsetDateTime decided = arrived.plusMinutes(10);
        OffsetDateTime arrested = arrived.minusMinutes(20 + random.nextInt(70));
        Stamp sergeant = new Stamp(SERGEANT, decided);
        int year = decided.atZoneSameInstant(DetentionClock.UK).getYear();
        boolean drunk = level != ObservationLevel.GENERAL;
        CustodyRecord record = new CustodyRecord(CustodyNumbers.next(entityManager, year), person.id(), person.name(),
                person.markers(), new NewBooking(person.id(), arrested, PLACES.get(random.nextInt(PLACES.size())), arrived,
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
                "Phone, wallet (£" + (5 + random.nextInt(60)) + "), keys, belt", List.of()), sergeant);
        entityManager.persist(record);
        return record;
    }

    /** Reviews at their times, about one in sixteen late (half of those postponed with a reason). */
    private void reviews(Random random, CustodyRecord record, OffsetDateTime start, OffsetDateTime release, boolean long_) {
        OffsetDateTime due = start.plusHours(6);
        while (due.isBefore(release)) {
            int roll = random.nextInt(100);
            boolean late = roll < 6;
            OffsetDateTime at = late ? due.plusMinutes(20 + random.nextInt(100)) : due.minusMinutes(5 + random.nextInt(50));
            if (at.isAfter(release)) {
                break;
            }
            record.review(new NewReview(Rank.INSPECTOR, true, true, "Detention still necessary; interview "
                    + (long_ ? "continuing" : "to be completed") + ".", late && roll < 3 ? REASONS.get(random.nextInt(
                    REASONS.size())) : null), new Stamp(INSPECTOR, at));
            due = (late ? due : at).plusHours(9);
        }
    }

    /** Visits at the level's interval (a few minutes early), each missed with the given chance in a hundred. */
    private void visits(Random random, CustodyRecord record, OffsetDateTime start, OffsetDateTime until, int missedPercent) {
        int minutes = VisitRules.defaults().minutes(record.level());
        EntryKind kind = record.level() == ObservationLevel.INTERMITTENT ? EntryKind.ROUSING : EntryKind.VISIT;
        String seen = kind == EntryKind.ROUSING ? "Roused; responded to name and answered questions" : "Seen through the hatch; lying down, breathing";
        for (OffsetDateTime t = start.plusMinutes(minutes - 1 - random.nextInt(4)); !t.isAfter(until);
                t = t.plusMinutes(minutes - 1 - random.nextInt(4))) {
            if (random.nextInt(100) >= missedPercent) {
                record.add(NewEntry.of(kind, t, seen), new Stamp(SERGEANT, t));
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

    private static OffsetDateTime after(java.time.Instant at, int minutes) {
        return at.plus(Duration.ofMinutes(minutes)).atZone(DetentionClock.UK).toOffsetDateTime();
    }

    private void audited(List<CustodyRecord> saved) {
        entityManager.flush();
        for (CustodyRecord record : saved) {
            audit.record(AuditEvent.created(RecordTypes.CUSTODY_RECORD, record.id(), record.number() + ", demo data"));
        }
    }
}
