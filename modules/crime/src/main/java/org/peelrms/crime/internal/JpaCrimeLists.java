package org.peelrms.crime.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Predicate;
import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.crime.api.CancellationView;
import org.peelrms.crime.api.CrimeLists;
import org.peelrms.crime.api.CrimeStatus;
import org.peelrms.crime.api.CrimeSummary;
import org.peelrms.crime.api.LinkedCrime;
import org.peelrms.crime.api.RecordTypes;
import org.peelrms.crime.api.ReportStatus;
import org.peelrms.crime.api.ReportSummary;
import org.peelrms.crime.api.RiskLevel;
import org.peelrms.kernel.Roles;

/** The lists that keep reports and crimes from falling through, with JPQL; each list shown is audited. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class JpaCrimeLists implements CrimeLists {
    private static final int MAX = 500;

    @PersistenceContext(unitName = "crime")
    private EntityManager entityManager;


    @EJB
    private RecordAccess access;

    @Inject
    private RecordingClock clock;

    @Override
    public List<ReportSummary> openReports(boolean nearOrPastOnly) {
        var query = entityManager.createQuery("select r from Report r where r.status = :open"
                + (nearOrPastOnly ? " and r.reportedAt <= :dueSoon" : "") + " order by r.reportedAt", Report.class)
                .setParameter("open", ReportStatus.OPEN);
        if (nearOrPastOnly) {
            query.setParameter("dueSoon", clock.dueSoonBefore());
        }
        Hidden hidden = Hidden.from(access);
        List<ReportSummary> reports = query.setMaxResults(MAX).getResultList().stream()
                .filter(r -> !hidden.report(r.id())).map(r -> Views.summary(r, clock)).toList();
        return searched(RecordTypes.REPORT, nearOrPastOnly ? "open reports near or past 24 hours" : "open reports", reports);
    }

    @Override
    public List<CrimeSummary> overdueReviews() {
        List<CrimeSummary> crimes = entityManager.createQuery("select c from CrimeRecord c where c.status = :open"
                        + " and (c.nextReview is null or c.nextReview < :today) order by c.recordedAt",
                        CrimeRecord.class)
                .setParameter("open", CrimeStatus.UNDER_INVESTIGATION)
                .setParameter("today", clock.now().toLocalDate())
                .setMaxResults(MAX).getResultList().stream().filter(visibleCrime()).map(Views::summary).toList();
        return searched(RecordTypes.CRIME, "crimes with an overdue or missing review", crimes);
    }

    @Override
    public List<ReportSummary> domesticAbuseWithoutRiskAssessment() {
        List<ReportSummary> reports = entityManager.createQuery("select r from Report r where r.domesticAbuse = true"
                        + " and not exists (select a from RiskAssessment a where a.report = r) order by r.reportedAt",
                        Report.class)
                .setMaxResults(MAX).getResultList().stream().filter(visibleReport()).map(r -> Views.summary(r, clock)).toList();
        return searched(RecordTypes.REPORT, "domestic abuse without a risk assessment", reports);
    }

    @Override
    public List<ReportSummary> highRiskWithoutReferral() {
        List<ReportSummary> reports = entityManager.createQuery("select r from Report r where r.domesticAbuse = true"
                        + " and exists (select a from RiskAssessment a where a.report = r and a.level = :high"
                        + "   and a.id = (select max(b.id) from RiskAssessment b where b.report = r))"
                        + " and not exists (select m from MaracReferral m where m.report = r) order by r.reportedAt",
                        Report.class)
                .setParameter("high", RiskLevel.HIGH)
                .setMaxResults(MAX).getResultList().stream().filter(visibleReport()).map(r -> Views.summary(r, clock)).toList();
        return searched(RecordTypes.REPORT, "high-risk domestic abuse without a MARAC referral", reports);
    }

    @Override
    public List<CrimeSummary> awaitingCancellationDecision() {
        List<CrimeSummary> crimes = entityManager.createQuery("select distinct c from CrimeRecord c join c.cancellations x"
                        + " where x.status = :requested order by c.recordedAt", CrimeRecord.class)
                .setParameter("requested", CancellationView.Status.REQUESTED)
                .setMaxResults(MAX).getResultList().stream().filter(visibleCrime()).map(Views::summary).toList();
        return searched(RecordTypes.CRIME, "crimes with a cancellation waiting for a supervisor", crimes);
    }

    @Override
    public List<LinkedCrime> linkedTo(long personId) {
        Hidden hidden = Hidden.from(access);
        if (hidden.person(personId)) {
            return searched(RecordTypes.CRIME, "crimes linked to person " + personId, List.of());
        }
        List<LinkedCrime> crimes = entityManager.createQuery("select p from LinkedPerson p join fetch p.crime"
                        + " where p.personId = :person order by p.crime.recordedAt desc, p.id", LinkedPerson.class)
                .setParameter("person", personId).setMaxResults(MAX).getResultList().stream()
                .filter(p -> hidden.crime(p.crime())).map(p -> new LinkedCrime(Views.summary(p.crime()), p.role())).toList();
        return searched(RecordTypes.CRIME, "crimes linked to person " + personId, crimes);
    }

    @Override
    public List<CrimeSummary> recentCrimes(int limit) {
        List<CrimeSummary> crimes = entityManager.createQuery("select c from CrimeRecord c order by c.recordedAt desc",
                        CrimeRecord.class)
                .setMaxResults(Math.max(1, Math.min(limit, MAX))).getResultList().stream().filter(visibleCrime())
                .map(Views::summary).toList();
        return searched(RecordTypes.CRIME, "recently recorded crimes", crimes);
    }

    private Predicate<Report> visibleReport() {
        Hidden hidden = Hidden.from(access);
        return report -> !hidden.report(report.id());
    }

    private Predicate<CrimeRecord> visibleCrime() {
        Hidden hidden = Hidden.from(access);
        return hidden::crime;
    }

    private <T> List<T> searched(String recordType, String list, List<T> found) {
        access.listed(recordType, list, found.size());
        return found;
    }
}
