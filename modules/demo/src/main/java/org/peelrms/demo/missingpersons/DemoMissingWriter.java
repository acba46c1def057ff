package org.peelrms.demo.missingpersons;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.peelrms.demo.DemoPerson;
import org.peelrms.demo.Officer;
import org.peelrms.demo.Supervisor;
import org.peelrms.kernel.Roles;
import org.peelrms.missingpersons.api.Found;
import org.peelrms.missingpersons.api.InterviewOutcome;
import org.peelrms.missingpersons.api.MissingPersons;
import org.peelrms.missingpersons.api.NewMissingReport;
import org.peelrms.missingpersons.api.NewSighting;
import org.peelrms.missingpersons.api.Reliability;
import org.peelrms.missingpersons.api.ReviewIntervalView;
import org.peelrms.missingpersons.api.ReviewIntervals;
import org.peelrms.missingpersons.api.RiskLevel;
import org.peelrms.missingpersons.api.Vulnerability;

/**
 * Writes the demo cases through the missing persons API, from a fixed seed, as the demo users who would have
 * done each step at the moment they did it: the officer takes the report, grades, reviews, logs enquiries,
 * sightings, the finding and the child's return home interview; the supervisor confirms the risk and closes.
 * Open cases: two at each level, one of each pair with its review overdue, and one not graded.
 * Closed: over the past year, a fifth of the people going missing more than once.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DemoMissingWriter {
    private static final long SEED = 20261206L;
    private static final List<String> PLACES = List.of("Preston bus station", "Avenham Park, Preston",
            "Blackpool Promenade", "Lancaster canal towpath", "Chorley town centre", "Leyland retail park",
            "Burnley Road, Accrington", "Her school, Ashton", "Care home, Fulwood");
    private static final List<String> WHY = List.of(
            "Did not return home after school; phone switched off.",
            "Left the care home after an argument with staff and has not come back.",
            "Walked out of the house in the night; has dementia and is not dressed for the cold.",
            "Sent a worrying message to a friend, then stopped answering.",
            "Failed to return from an evening out; has not missed work before.");

    @EJB
    private MissingPersons cases;

    @EJB
    private ReviewIntervals reviewIntervals;

    @EJB
    private Officer officer;

    @EJB
    private Supervisor supervisor;

    /**
     * Writes closed cases {@code first} to {@code last} (exclusive), over the year before {@code now}, in one
     * transaction: each from its own seeded random numbers, so batches give the same cases as one run.
     */
    public void closed(int first, int last, List<DemoPerson> pool, OffsetDateTime now) {
        Map<RiskLevel, Duration> intervals = intervals();
        List<DemoPerson> repeaters = pool.subList(0, Math.max(1, pool.size() / 5));
        for (int n = first; n < last; n++) {
            Random random = new Random(SEED * 1_000_003L + n);
            DemoPerson person = random.nextInt(100) < 45 ? repeaters.get(random.nextInt(repeaters.size()))
                    : pool.get(random.nextInt(pool.size()));
            OffsetDateTime lastSeen = now.minusDays(7 + random.nextInt(358)).minusMinutes(random.nextInt(1440));
            closedCase(person, lastSeen, random, intervals);
        }
    }

    /** Writes the open cases, missing now, in one transaction. */
    public void open(List<DemoPerson> pool, OffsetDateTime now) {
        Random random = new Random(SEED);
        Map<RiskLevel, Duration> intervals = intervals();
        RiskLevel[] levels = {RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.VERY_LOW};
        int next = 0;
        for (RiskLevel level : levels) {
            for (boolean overdue : new boolean[] {false, true}) {
                DemoPerson person = pool.get(next++ % pool.size());
                OffsetDateTime lastSeen = now.minusMinutes(overdue ? intervals.get(level).toMinutes() * 2 + 90
                        : 60 + random.nextInt(20));
                openCase(person, level, lastSeen, overdue, random);
            }
        }
        report(pool.get(next % pool.size()), now.minusMinutes(40), now.minusMinutes(20), random);   // not yet graded
    }

    /** The review interval of each level, as administrators set them. */
    private Map<RiskLevel, Duration> intervals() {
        Map<RiskLevel, Duration> intervals = new EnumMap<>(RiskLevel.class);
        for (ReviewIntervalView interval : reviewIntervals.all()) {
            intervals.put(interval.level(), Duration.ofMinutes(interval.minutes()));
        }
        return intervals;
    }

    /** A case taken down: its id, when it was reported, and whether the person is a child. */
    private record Reported(long id, OffsetDateTime reportedAt, boolean child) {
    }

    private Reported report(DemoPerson person, OffsetDateTime lastSeen, Random random) {
        return report(person, lastSeen, lastSeen.plusMinutes(30 + random.nextInt(300)), random);
    }

    private Reported report(DemoPerson person, OffsetDateTime lastSeen, OffsetDateTime reportedAt, Random random) {
        boolean child = random.nextInt(100) < 40;
        Set<Vulnerability> vulnerable = child
                ? (random.nextBoolean() ? Set.of(Vulnerability.CHILD, Vulnerability.LOOKED_AFTER_CHILD,
                        Vulnerability.RISK_OF_EXPLOITATION) : Set.of(Vulnerability.CHILD))
                : random.nextInt(3) == 0 ? Set.of(Vulnerability.MENTAL_HEALTH) : Set.of();
        NewMissingReport report = new NewMissingReport(person.id(), null, child ? "Parent / carer" : "Partner",
                "07700 900" + (100 + random.nextInt(800)), reportedAt, lastSeen, PLACES.get(random.nextInt(PLACES.size())),
                WHY.get(random.nextInt(WHY.size())), "Medium build; dark hoodie, jeans and white trainers.",
                vulnerable, null, "A friend's flat in Deepdale; grandmother in Blackburn.");
        long id = officer.at(reportedAt.plusMinutes(3), () -> cases.report(report));
        boolean under18 = person.dateOfBirth() != null
                && Period.between(person.dateOfBirth(), lastSeen.toLocalDate()).getYears() < 18;
        return new Reported(id, reportedAt, child || under18);   // the case counts a child by date of birth too
    }

    private void closedCase(DemoPerson person, OffsetDateTime lastSeen, Random random, Map<RiskLevel, Duration> intervals) {
        Reported c = report(person, lastSeen, random);
        OffsetDateTime graded = c.reportedAt().plusMinutes(10 + random.nextInt(random.nextInt(10) == 0 ? 600 : 60));
        RiskLevel level = RiskLevel.values()[1 + random.nextInt(4)];
        officer.at(graded, () -> cases.grade(c.id(), level, "Demo: " + level.label().toLowerCase()
                + " on what the reporter said."));
        supervisor.at(graded.plusMinutes(20 + random.nextInt(60)), () -> cases.supervise(c.id(), level, "Agreed."));
        OffsetDateTime foundAt = c.reportedAt().plusMinutes(60 + random.nextInt(60 * 60));
        OffsetDateTime review = graded.plus(intervals.get(level));
        while (review.isBefore(foundAt)) {   // reviews until found, one in eight late
            OffsetDateTime done = review.plusMinutes(random.nextInt(8) == 0 ? 30 + random.nextInt(240) : -random.nextInt(20));
            if (!done.isBefore(foundAt)) {
                break;
            }
            officer.at(done, () -> cases.grade(c.id(), level, "Review: no change."));
            review = done.plus(intervals.get(level));
        }
        officer.at(graded.plusMinutes(30), () -> cases.logEnquiry(c.id(), "Called friends and the places they may go to.",
                "Not seen there."));
        Found found = new Found(foundAt, PLACES.get(random.nextInt(PLACES.size())), "Returned home of their own accord.",
                "Safe and well.");
        officer.at(foundAt.plusMinutes(10), () -> cases.found(c.id(), found));
        if (c.child()) {
            InterviewOutcome outcome = random.nextInt(5) == 0 ? InterviewOutcome.DECLINED : InterviewOutcome.DONE;
            officer.at(foundAt.plusHours(72), () -> cases.returnInterview(c.id(), foundAt.plusHours(20), outcome,
                    foundAt.plusHours(50), null));
        }
        supervisor.at(foundAt.plusHours(80), () -> cases.close(c.id(), "Found safe and well; no further action."));
    }

    private void openCase(DemoPerson person, RiskLevel level, OffsetDateTime lastSeen, boolean overdue, Random random) {
        Reported c = report(person, lastSeen, lastSeen.plusMinutes(20), random);
        OffsetDateTime graded = c.reportedAt().plusMinutes(5);
        officer.at(graded, () -> cases.grade(c.id(), level, "Demo: graded " + level.label().toLowerCase() + "."));
        if (!overdue) {
            supervisor.at(graded.plusMinutes(10), () -> cases.supervise(c.id(), level, "Agreed."));
        }
        NewSighting sighting = new NewSighting(lastSeen.plusMinutes(15), PLACES.get(random.nextInt(PLACES.size())),
                "Bus driver", Reliability.POSSIBLE, null);
        officer.at(graded.plusMinutes(2), () -> cases.recordSighting(c.id(), sighting));
    }
}
