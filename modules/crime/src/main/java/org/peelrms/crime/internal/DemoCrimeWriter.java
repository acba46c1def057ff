package org.peelrms.crime.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.crime.api.CancellationReason;
import org.peelrms.crime.api.CancellationRequest;
import org.peelrms.crime.api.Finalisation;
import org.peelrms.crime.api.NewCrime;
import org.peelrms.crime.api.NewReport;
import org.peelrms.crime.api.OutcomeType;
import org.peelrms.crime.api.PersonRole;
import org.peelrms.crime.api.RecordTypes;
import org.peelrms.crime.api.RiskAnswer;
import org.peelrms.crime.api.RiskLevel;
import org.peelrms.crime.api.VictimDecision;
import org.peelrms.kernel.Roles;

/**
 * Saves demo reports and crimes, a batch to a transaction, through the same records and rules as real
 * ones (so a demo crime finalised "victim does not support" has the victim's decision). Each case is
 * generated from its own seeded random numbers, so every installation gets the same cases, placed
 * back from the moment of loading. Some break the rules on purpose, so the lists and the integrity
 * report have something to show: reports decided late or never, non-crime closures of what looked
 * like crime, overdue reviews, domestic abuse never risk-assessed, high risk never referred.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DemoCrimeWriter {
    private static final long SEED = 20261130L;
    private static final String OFFICER = "officer";
    private static final String INVESTIGATOR = "investigator";
    private static final String SUPERVISOR = "supervisor";

    @PersistenceContext(unitName = "crime")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    public long count() {
        return entityManager.createQuery("select count(r) from Report r", Long.class).getSingleResult();
    }

    /** Saves cases {@code first} to {@code last} (exclusive), placed back from {@code anchor}. */
    public void save(int first, int last, OffsetDateTime anchor, List<DemoPerson> pool) {
        CrimeNumbers numbers = new CrimeNumbers(entityManager, CrimeNumberFormat.configured());
        List<Report> saved = new java.util.ArrayList<>();
        for (int n = first; n < last; n++) {
            saved.add(saveCase(n, new Random(SEED * 1_000_003L + n), anchor, pool, numbers));
        }
        entityManager.flush();
        for (Report report : saved) {
            audit.record(AuditEvent.created(RecordTypes.REPORT, report.id(), "demo data"));
            for (CrimeRecord crime : report.crimes()) {
                audit.record(AuditEvent.created(RecordTypes.CRIME, crime.id(), crime.number() + ", demo data"));
            }
        }
    }

    private Report saveCase(int n, Random random, OffsetDateTime anchor, List<DemoPerson> pool, CrimeNumbers numbers) {
        DemoScenario scenario = DemoScenario.pick(random);
        OffsetDateTime reportedAt = n < 10
                ? anchor.minusHours(3L * n + 1).minusMinutes(random.nextInt(50))   // the clock running now: fresh, due soon, overdue
                : anchor.minusMinutes(60L * 24 * 2 + random.nextInt(60 * 24 * 363));
        DemoPerson reporter = !pool.isEmpty() && random.nextInt(10) < 7 ? pool.get(random.nextInt(pool.size())) : null;
        Report report = new Report(new NewReport(reporter == null ? null : reporter.id(), scenario.method(), reportedAt,
                scenario.what(), DemoScenario.PLACES.get(random.nextInt(DemoScenario.PLACES.size())),
                scenario.classification() != null, scenario.domesticAbuse()),
                reporter == null ? null : reporter.id(), reporter == null ? null : reporter.name(), new Stamp(OFFICER, reportedAt.plusMinutes(5)));
        entityManager.persist(report);
        if (n >= 10 && random.nextInt(100) >= 3) {   // 3% of older reports never decided
            decide(report, scenario, random, anchor, pool, numbers, reporter);
        }
        if (scenario.domesticAbuse()) {
            riskAndReferral(report, random, anchor);
        }
        return report;
    }

    private void decide(Report report, DemoScenario scenario, Random random, OffsetDateTime anchor,
            List<DemoPerson> pool, CrimeNumbers numbers, DemoPerson reporter) {
        int late = random.nextInt(100);
        Duration delay = late < 6 ? Duration.ofHours(25 + random.nextInt(24 * 9))       // recorded late
                : Duration.ofMinutes(20 + random.nextInt(60 * 20));
        OffsetDateTime decidedAt = min(report.reportedAt().plus(delay), anchor);
        Stamp decision = new Stamp(SUPERVISOR, decidedAt);
        boolean wronglyClosed = scenario.classification() != null && random.nextInt(100) < 2;
        if (scenario.classification() == null || wronglyClosed) {
            report.closeAsNonCrime(wronglyClosed
                    ? "Reporter did not want to take it further."   // a rule-breaker: the crime should have been recorded
                    : "No offences disclosed on attendance; advice given.", decision);
            return;
        }
        OffenceClassification classification = entityManager.find(OffenceClassification.class, scenario.classification());
        DemoPerson victim = scenario.victim() && !pool.isEmpty()
                ? (reporter != null && random.nextBoolean() ? reporter : pool.get(random.nextInt(pool.size()))) : null;
        Stamp recording = new Stamp(OFFICER, decidedAt);
        CrimeRecord crime = record(report, classification, victim, recording, numbers, random);
        if (victim != null && random.nextInt(100) < 4) {   // a second victim: a second crime (one crime per victim)
            DemoPerson second = pool.get(random.nextInt(pool.size()));
            if (second.id() != victim.id()) {
                record(report, classification, second, recording, numbers, random);
            }
        }
        investigate(crime, victim, random, anchor, pool);
    }

    private CrimeRecord record(Report report, OffenceClassification classification, DemoPerson victim, Stamp stamp,
            CrimeNumbers numbers, Random random) {
        int year = stamp.at().atZoneSameInstant(RecordingClock.UK).getYear();
        CrimeRecord crime = report.recordCrime(numbers.next(year), classification,
                new NewCrime(classification.code(), report.reportedAt().minusMinutes(30 + random.nextInt(600)), null,
                        report.location(), "See the report.", random.nextBoolean() ? INVESTIGATOR : OFFICER, null),
                stamp);
        if (victim != null) {
            crime.link(victim.id(), victim.name(), PersonRole.VICTIM, stamp);
        }
        return crime;
    }

    private void investigate(CrimeRecord crime, DemoPerson victim, Random random, OffsetDateTime anchor,
            List<DemoPerson> pool) {
        OffsetDateTime recordedAt = crime.recordedAt();
        Stamp supervisor = new Stamp(SUPERVISOR, min(recordedAt.plusHours(20), anchor));
        DemoPerson suspect = !pool.isEmpty() && random.nextInt(100) < 55 ? pool.get(random.nextInt(pool.size())) : null;
        if (suspect != null && (victim == null || suspect.id() != victim.id())) {
            crime.link(suspect.id(), suspect.name(), PersonRole.SUSPECT, new Stamp(INVESTIGATOR, supervisor.at()));
        } else {
            suspect = null;
        }
        crime.addAction("Obtain CCTV from nearby premises", INVESTIGATOR, supervisor.at().toLocalDate().plusDays(7), supervisor);
        crime.addAction("Take a statement from the victim", OFFICER, supervisor.at().toLocalDate().plusDays(3), supervisor);
        if (random.nextInt(100) < 85) {
            crime.setNextReview(supervisor.at().atZoneSameInstant(RecordingClock.UK).toLocalDate().plusDays(28), supervisor);
        }
        long ageDays = Duration.between(recordedAt, anchor).toDays();
        int removal = random.nextInt(1000);
        if (removal < 25) {
            CancellationReason reason = CancellationReason.values()[random.nextInt(CancellationReason.values().length)];
            Stamp asked = new Stamp(INVESTIGATOR, min(recordedAt.plusDays(2), anchor));
            Cancellation request = crime.requestCancellation(new CancellationRequest(reason, switch (reason) {
                case TRANSFERRED -> "The offence took place in Cumbria; the victim was visiting Lancashire when reporting.";
                case NO_CRIME -> "CCTV shows the property was taken by the owner's son with permission.";
                case DUPLICATE -> "The same incident was reported by the victim's mother and recorded earlier.";
                case RECORDED_IN_ERROR -> "Recorded against the wrong classification; not a notifiable offence.";
            }, reason.transfer() ? "Cumbria Constabulary" : null), asked);
            if (removal < 20 && ageDays > 3) {
                crime.decideCancellation(request, true, null, new Stamp(SUPERVISOR, asked.at().plusHours(6)));
            }
            return;
        }
        if (ageDays > 45 && random.nextInt(100) < 85) {
            Stamp finalising = new Stamp(INVESTIGATOR, recordedAt.plusDays(10 + random.nextInt(30)));
            crime.completeAction(crime.plan().get(0), finalising);
            crime.finalise(outcome(random, suspect != null, victim != null, finalising), finalising);
        }
    }

    private static Finalisation outcome(Random random, boolean suspect, boolean victim, Stamp at) {
        if (!suspect) {
            return new Finalisation(OutcomeType.NO_SUSPECT_IDENTIFIED,
                    "CCTV and house-to-house enquiries identified no suspect.", null);
        }
        int pick = random.nextInt(100);
        if (pick < 25 && victim) {
            return new Finalisation(OutcomeType.VICTIM_DOES_NOT_SUPPORT, "The victim withdrew support; no other evidence"
                    + " sufficient to proceed without them.", new VictimDecision("In person, with a signed statement",
                    at.at().minusDays(1), "PC 1234 Holt", "I don't want to go to court, I just want it to stop."));
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

    private void riskAndReferral(Report report, Random random, OffsetDateTime anchor) {
        if (random.nextInt(100) < 10) {
            return;   // a rule-breaker: domestic abuse never risk-assessed
        }
        Stamp assessed = new Stamp(OFFICER, min(report.reportedAt().plusHours(2), anchor));
        int roll = random.nextInt(100);
        RiskLevel level = roll < 58 ? RiskLevel.STANDARD : roll < 85 ? RiskLevel.MEDIUM : RiskLevel.HIGH;
        report.assessRisk(level, List.of(
                new RiskAnswer("Has the current incident resulted in injury?", level == RiskLevel.STANDARD ? "No" : "Yes"),
                new RiskAnswer("Are you very frightened?", level == RiskLevel.HIGH ? "Yes" : "No"),
                new RiskAnswer("Has the abuse become worse or more frequent?", level == RiskLevel.STANDARD ? "No" : "Yes"),
                new RiskAnswer("Has the abuser ever tried to strangle, choke or suffocate you?", level == RiskLevel.HIGH ? "Yes" : "No")),
                assessed);
        if (level == RiskLevel.HIGH && random.nextInt(100) < 80) {
            report.referToMarac(assessed.at().atZoneSameInstant(RecordingClock.UK).toLocalDate().plusDays(14),
                    "Referred by the attending officer.", new Stamp(OFFICER, assessed.at().plusHours(1)));
        }
    }

    private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }

}
