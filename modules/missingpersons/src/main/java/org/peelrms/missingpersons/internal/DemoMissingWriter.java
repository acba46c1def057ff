package org.peelrms.missingpersons.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.kernel.Roles;
import org.peelrms.missingpersons.api.Found;
import org.peelrms.missingpersons.api.InterviewOutcome;
import org.peelrms.missingpersons.api.NewMissingReport;
import org.peelrms.missingpersons.api.NewSighting;
import org.peelrms.missingpersons.api.RecordTypes;
import org.peelrms.missingpersons.api.Reliability;
import org.peelrms.missingpersons.api.RiskLevel;
import org.peelrms.missingpersons.api.Vulnerability;

/**
 * Saves the demo cases through the same entities and rules as real ones, from a fixed seed.
 * Open cases: two at each level, one of each pair with its review overdue, and one not graded.
 * Closed: 140 over the past year, a fifth of the people going missing more than once.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DemoMissingWriter {
    private static final long SEED = 20261206L;
    private static final int CLOSED = 140;
    private static final String OFFICER = "officer";
    private static final String SUPERVISOR = "supervisor";
    private static final List<String> PLACES = List.of("Preston bus station", "Avenham Park, Preston",
            "Blackpool Promenade", "Lancaster canal towpath", "Chorley town centre", "Leyland retail park",
            "Burnley Road, Accrington", "Her school, Ashton", "Care home, Fulwood");
    private static final List<String> WHY = List.of(
            "Did not return home after school; phone switched off.",
            "Left the care home after an argument with staff and has not come back.",
            "Walked out of the house in the night; has dementia and is not dressed for the cold.",
            "Sent a worrying message to a friend, then stopped answering.",
            "Failed to return from an evening out; has not missed work before.");

    @PersistenceContext(unitName = "missingpersons")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    public long count() {
        return entityManager.createQuery("select count(c) from MissingCase c", Long.class).getSingleResult();
    }

    public void save(List<DemoPerson> pool, OffsetDateTime now) {
        Random random = new Random(SEED);
        Intervals intervals = JpaReviewIntervals.read(entityManager);
        List<MissingCase> saved = new ArrayList<>();
        List<DemoPerson> repeaters = pool.subList(0, Math.max(1, pool.size() / 5));
        for (int n = 0; n < CLOSED; n++) {
            DemoPerson person = random.nextInt(100) < 45 ? repeaters.get(random.nextInt(repeaters.size()))
                    : pool.get(random.nextInt(pool.size()));
            OffsetDateTime lastSeen = now.minusDays(7 + random.nextInt(358)).minusMinutes(random.nextInt(1440));
            saved.add(closedCase(person, lastSeen, random, intervals));
        }
        RiskLevel[] levels = {RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.VERY_LOW};
        int next = 0;
        for (RiskLevel level : levels) {
            for (boolean overdue : new boolean[] {false, true}) {
                DemoPerson person = pool.get(next++ % pool.size());
                OffsetDateTime lastSeen = now.minusMinutes(overdue ? intervals.of(level).toMinutes() * 2 + 90 : 60 + random.nextInt(20));
                saved.add(openCase(person, level, lastSeen, overdue, now, random, intervals));
            }
        }
        MissingCase ungraded = report(pool.get(next % pool.size()), now.minusMinutes(40), now.minusMinutes(20), random);
        entityManager.persist(ungraded);
        saved.add(ungraded);
        entityManager.flush();
        for (MissingCase c : saved) {
            audit.record(AuditEvent.created(RecordTypes.MISSING_PERSON_CASE, c.id(), "demo data"));
        }
    }

    private MissingCase report(DemoPerson person, OffsetDateTime lastSeen, Random random) {
        return report(person, lastSeen, lastSeen.plusMinutes(30 + random.nextInt(300)), random);
    }

    private MissingCase report(DemoPerson person, OffsetDateTime lastSeen, OffsetDateTime reportedAt, Random random) {
        boolean child = random.nextInt(100) < 40;
        Set<Vulnerability> vulnerable = child
                ? (random.nextBoolean() ? Set.of(Vulnerability.CHILD, Vulnerability.LOOKED_AFTER_CHILD,
                        Vulnerability.RISK_OF_EXPLOITATION) : Set.of(Vulnerability.CHILD))
                : random.nextInt(3) == 0 ? Set.of(Vulnerability.MENTAL_HEALTH) : Set.of();
        MissingCase c = new MissingCase(new NewMissingReport(person.id(), null, child ? "Parent / carer" : "Partner",
                "07700 900" + (100 + random.nextInt(800)), reportedAt, lastSeen, PLACES.get(random.nextInt(PLACES.size())),
                WHY.get(random.nextInt(WHY.size())), "Medium build; dark hoodie, jeans and white trainers.",
                vulnerable, null, "A friend's flat in Deepdale; grandmother in Blackburn."),
                person.name(), false, child ? "Parent / carer" : "Partner", new Stamp(OFFICER, reportedAt.plusMinutes(3)));
        return c;
    }

    private MissingCase closedCase(DemoPerson person, OffsetDateTime lastSeen, Random random, Intervals intervals) {
        MissingCase c = report(person, lastSeen, random);
        entityManager.persist(c);
        OffsetDateTime graded = c.reportedAt().plusMinutes(10 + random.nextInt(random.nextInt(10) == 0 ? 600 : 60));
        RiskLevel level = RiskLevel.values()[1 + random.nextInt(4)];
        c.grade(level, "Demo: " + level.label().toLowerCase() + " on what the reporter said.", new Stamp(OFFICER, graded), intervals);
        c.supervise(level, "Agreed.", new Stamp(SUPERVISOR, graded.plusMinutes(20 + random.nextInt(60))), intervals);
        OffsetDateTime foundAt = c.reportedAt().plusMinutes(60 + random.nextInt(60 * 60));
        OffsetDateTime review = c.nextReviewDue();
        while (review.isBefore(foundAt)) {   // reviews until found, one in eight late
            OffsetDateTime done = review.plusMinutes(random.nextInt(8) == 0 ? 30 + random.nextInt(240) : -random.nextInt(20));
            if (!done.isBefore(foundAt)) {
                break;
            }
            c.grade(level, "Review: no change.", new Stamp(OFFICER, done), intervals);
            review = c.nextReviewDue();
        }
        c.logEnquiry("Called friends and the places they may go to.", "Not seen there.", new Stamp(OFFICER, graded.plusMinutes(30)));
        c.found(new Found(foundAt, PLACES.get(random.nextInt(PLACES.size())), "Returned home of their own accord.",
                "Safe and well."), new Stamp(OFFICER, foundAt.plusMinutes(10)));
        if (c.child()) {
            c.returnInterview(foundAt.plusHours(20), random.nextInt(5) == 0 ? InterviewOutcome.DECLINED : InterviewOutcome.DONE,
                    foundAt.plusHours(50), null, new Stamp(OFFICER, foundAt.plusHours(72)));
        }
        c.close("Found safe and well; no further action.", new Stamp(SUPERVISOR, foundAt.plusHours(80)));
        return c;
    }

    private MissingCase openCase(DemoPerson person, RiskLevel level, OffsetDateTime lastSeen, boolean overdue,
            OffsetDateTime now, Random random, Intervals intervals) {
        MissingCase c = report(person, lastSeen, lastSeen.plusMinutes(20), random);
        entityManager.persist(c);
        OffsetDateTime graded = c.reportedAt().plusMinutes(5);
        c.grade(level, "Demo: graded " + level.label().toLowerCase() + ".", new Stamp(OFFICER, graded), intervals);
        if (!overdue) {
            c.supervise(level, "Agreed.", new Stamp(SUPERVISOR, graded.plusMinutes(10)), intervals);
        }
        c.recordSighting(new NewSighting(c.lastSeenAt().plusMinutes(15), PLACES.get(random.nextInt(PLACES.size())),
                "Bus driver", Reliability.POSSIBLE, null), new Stamp(OFFICER, graded.plusMinutes(2)));
        return c;
    }
}
