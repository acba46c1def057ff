package org.peelrms.demo.crime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.peelrms.crime.api.CancellationReason;
import org.peelrms.crime.api.CancellationRequest;
import org.peelrms.crime.api.Crimes;
import org.peelrms.crime.api.Finalisation;
import org.peelrms.crime.api.NewCrime;
import org.peelrms.crime.api.NewReport;
import org.peelrms.crime.api.OutcomeType;
import org.peelrms.crime.api.PersonRole;
import org.peelrms.crime.api.Reports;
import org.peelrms.crime.api.RiskAnswer;
import org.peelrms.crime.api.RiskLevel;
import org.peelrms.crime.api.VictimDecision;
import org.peelrms.demo.DemoPerson;
import org.peelrms.demo.Investigator;
import org.peelrms.demo.Officer;
import org.peelrms.demo.Supervisor;
import org.peelrms.kernel.Roles;
import org.peelrms.kernel.UkDateFormat;

/**
 * Writes demo reports and crimes through the crime module's API, a batch to a transaction, as the demo users
 * who would have done each step, at the moment they did it: the officer takes the report down and records the
 * crime, the supervisor decides non-crimes, plans and reviews, the investigator links suspects, finalises and
 * asks for removals. Each case comes from its own seeded random numbers, so every installation gets the same
 * cases, placed back from the moment of loading. Some break the rules on purpose, so the lists and the
 * integrity report have something to show: reports decided late or never, non-crime closures of what looked
 * like crime, overdue reviews, domestic abuse never risk-assessed, high risk never referred.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DemoCrimeWriter {
    private static final long SEED = 20261130L;
    private static final String OFFICER = "officer";
    private static final String INVESTIGATOR = "investigator";

    @EJB
    private Reports reports;

    @EJB
    private Crimes crimes;

    @EJB
    private Officer officer;

    @EJB
    private Investigator investigator;

    @EJB
    private Supervisor supervisor;

    /** Writes cases {@code first} to {@code last} (exclusive), placed back from {@code anchor}, in one transaction. */
    public void save(int first, int last, OffsetDateTime anchor, List<DemoPerson> pool) {
        for (int n = first; n < last; n++) {
            saveCase(n, new Random(SEED * 1_000_003L + n), anchor, pool);
        }
    }

    private void saveCase(int n, Random random, OffsetDateTime anchor, List<DemoPerson> pool) {
        DemoScenario scenario = DemoScenario.pick(random);
        OffsetDateTime reportedAt = n < 10
                ? anchor.minusHours(3L * n + 1).minusMinutes(random.nextInt(50))   // the clock running now: fresh, due soon, overdue
                : anchor.minusMinutes(60L * 24 * 2 + random.nextInt(60 * 24 * 363));
        DemoPerson reporter = !pool.isEmpty() && random.nextInt(10) < 7 ? pool.get(random.nextInt(pool.size())) : null;
        String place = DemoScenario.PLACES.get(random.nextInt(DemoScenario.PLACES.size()));
        long id = officer.at(reportedAt.plusMinutes(5), () -> reports.receive(new NewReport(
                reporter == null ? null : reporter.id(), scenario.method(), reportedAt, scenario.what(), place,
                scenario.classification() != null, scenario.domesticAbuse())));
        Case received = new Case(id, reportedAt, place);
        if (n >= 10 && random.nextInt(100) >= 3) {   // 3% of older reports never decided
            decide(received, scenario, random, anchor, pool, reporter);
        }
        if (scenario.domesticAbuse()) {
            riskAndReferral(received, random, anchor);
        }
    }

    /** A report on file: its id, when it was reported and where. */
    private record Case(long id, OffsetDateTime reportedAt, String place) {
    }

    private void decide(Case report, DemoScenario scenario, Random random, OffsetDateTime anchor, List<DemoPerson> pool,
            DemoPerson reporter) {
        int late = random.nextInt(100);
        Duration delay = late < 6 ? Duration.ofHours(25 + random.nextInt(24 * 9))       // recorded late
                : Duration.ofMinutes(20 + random.nextInt(60 * 20));
        OffsetDateTime decidedAt = min(report.reportedAt().plus(delay), anchor);
        boolean wronglyClosed = scenario.classification() != null && random.nextInt(100) < 2;
        if (scenario.classification() == null || wronglyClosed) {
            String rationale = wronglyClosed
                    ? "Reporter did not want to take it further."   // a rule-breaker: the crime should have been recorded
                    : "No offences disclosed on attendance; advice given.";
            supervisor.at(decidedAt, () -> reports.closeAsNonCrime(report.id(), rationale));
            return;
        }
        DemoPerson victim = scenario.victim() && !pool.isEmpty()
                ? (reporter != null && random.nextBoolean() ? reporter : pool.get(random.nextInt(pool.size()))) : null;
        List<NewCrime> recorded = new ArrayList<>();
        recorded.add(crime(report, scenario, victim, random));
        if (victim != null && random.nextInt(100) < 4) {   // a second victim: a second crime (one crime per victim)
            DemoPerson second = pool.get(random.nextInt(pool.size()));
            if (second.id() != victim.id()) {
                recorded.add(crime(report, scenario, second, random));
            }
        }
        List<Long> ids = officer.at(decidedAt, () -> reports.recordCrimes(report.id(), recorded));
        investigate(ids.get(0), decidedAt, victim, random, anchor, pool);
    }

    private static NewCrime crime(Case report, DemoScenario scenario, DemoPerson victim, Random random) {
        return new NewCrime(scenario.classification(), report.reportedAt().minusMinutes(30 + random.nextInt(600)), null,
                report.place(), "See the report.", random.nextBoolean() ? INVESTIGATOR : OFFICER,
                victim == null ? null : victim.id());
    }

    private void investigate(long crime, OffsetDateTime recordedAt, DemoPerson victim, Random random,
            OffsetDateTime anchor, List<DemoPerson> pool) {
        OffsetDateTime planned = min(recordedAt.plusHours(20), anchor);
        DemoPerson picked = !pool.isEmpty() && random.nextInt(100) < 55 ? pool.get(random.nextInt(pool.size())) : null;
        boolean suspect = picked != null && (victim == null || picked.id() != victim.id());
        if (suspect) {
            investigator.at(planned, () -> crimes.linkPerson(crime, picked.id(), PersonRole.SUSPECT));
        }
        LocalDate planDay = planned.toLocalDate();
        long cctv = supervisor.at(planned, () -> crimes.addAction(crime, "Obtain CCTV from nearby premises", INVESTIGATOR,
                planDay.plusDays(7)));
        supervisor.at(planned, () -> crimes.addAction(crime, "Take a statement from the victim", OFFICER, planDay.plusDays(3)));
        if (random.nextInt(100) < 85) {
            LocalDate review = planned.atZoneSameInstant(UkDateFormat.UK).toLocalDate().plusDays(28);
            supervisor.at(planned, () -> crimes.setNextReview(crime, review));
        }
        long ageDays = Duration.between(recordedAt, anchor).toDays();
        int removal = random.nextInt(1000);
        if (removal < 25) {
            CancellationReason reason = CancellationReason.values()[random.nextInt(CancellationReason.values().length)];
            OffsetDateTime asked = min(recordedAt.plusDays(2), anchor);
            long request = investigator.at(asked, () -> crimes.requestCancellation(crime, removal(reason)));
            if (removal < 20 && ageDays > 3) {
                supervisor.at(asked.plusHours(6), () -> crimes.decideCancellation(crime, request, true, null));
            }
            return;
        }
        if (ageDays > 45 && random.nextInt(100) < 85) {
            OffsetDateTime finalising = recordedAt.plusDays(10 + random.nextInt(30));
            Finalisation outcome = outcome(random, suspect, victim != null, finalising);
            investigator.at(finalising, () -> {
                crimes.completeAction(crime, cctv);
                crimes.finalise(crime, outcome);
            });
        }
    }

    private static CancellationRequest removal(CancellationReason reason) {
        return new CancellationRequest(reason, switch (reason) {
            case TRANSFERRED -> "The offence took place in Cumbria; the victim was visiting Lancashire when reporting.";
            case NO_CRIME -> "CCTV shows the property was taken by the owner's son with permission.";
            case DUPLICATE -> "The same incident was reported by the victim's mother and recorded earlier.";
            case RECORDED_IN_ERROR -> "Recorded against the wrong classification; not a notifiable offence.";
        }, reason.transfer() ? "Cumbria Constabulary" : null);
    }

    private static Finalisation outcome(Random random, boolean suspect, boolean victim, OffsetDateTime at) {
        if (!suspect) {
            return new Finalisation(OutcomeType.NO_SUSPECT_IDENTIFIED,
                    "CCTV and house-to-house enquiries identified no suspect.", null);
        }
        int pick = random.nextInt(100);
        if (pick < 25 && victim) {
            return new Finalisation(OutcomeType.VICTIM_DOES_NOT_SUPPORT, "The victim withdrew support; no other evidence"
                    + " sufficient to proceed without them.", new VictimDecision("In person, with a signed statement",
                    at.minusDays(1), "PC 1234 Holt", "I don't want to go to court, I just want it to stop."));
        }
        if (pick < 45) {
            return new Finalisation(OutcomeType.CHARGED, "Charged after interview; CPS authorised.", null);
        }
        if (pick < 60) {
            return new Finalisation(OutcomeType.COMMUNITY_RESOLUTION, "First offence; the victim agreed to a community"
                    + " resolution with an apology and repair.", null);
        }
        return new Finalisation(OutcomeType.EVIDENTIAL_DIFFICULTIES, "Suspect denies it; no independent witnesses"
                + " or forensic evidence.", null);
    }

    private void riskAndReferral(Case report, Random random, OffsetDateTime anchor) {
        if (random.nextInt(100) < 10) {
            return;   // a rule-breaker: domestic abuse never risk-assessed
        }
        OffsetDateTime assessed = min(report.reportedAt().plusHours(2), anchor);
        int roll = random.nextInt(100);
        RiskLevel level = roll < 58 ? RiskLevel.STANDARD : roll < 85 ? RiskLevel.MEDIUM : RiskLevel.HIGH;
        List<RiskAnswer> answers = List.of(
                new RiskAnswer("Has the current incident resulted in injury?", level == RiskLevel.STANDARD ? "No" : "Yes"),
                new RiskAnswer("Are you very frightened?", level == RiskLevel.HIGH ? "Yes" : "No"),
                new RiskAnswer("Has the abuse become worse or more frequent?", level == RiskLevel.STANDARD ? "No" : "Yes"),
                new RiskAnswer("Has the abuser ever tried to strangle, choke or suffocate you?", level == RiskLevel.HIGH ? "Yes" : "No"));
        officer.at(assessed, () -> reports.assessRisk(report.id(), level, answers));
        if (level == RiskLevel.HIGH && random.nextInt(100) < 80) {
            LocalDate conference = assessed.atZoneSameInstant(UkDateFormat.UK).toLocalDate().plusDays(14);
            officer.at(min(assessed.plusHours(1), anchor), () -> reports.referToMarac(report.id(), conference,
                    "Referred by the attending officer."));
        }
    }

    private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
