package org.peelrms.crime.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peelrms.crime.api.CancellationView;
import org.peelrms.crime.api.IntegrityReport;
import org.peelrms.crime.api.IntegrityReports;
import org.peelrms.crime.api.RecordTypes;
import org.peelrms.crime.api.ReportStatus;
import org.peelrms.crime.api.RiskLevel;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;
import org.peelrms.restriction.api.RecordAccess;

/**
 * The crime data integrity report for auditors: the facts of the period's reports read with JPQL,
 * the figures worked out by {@link IntegrityFigures}. Producing it is audited as a search, the CSV as
 * an export.
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class JpaIntegrityReports implements IntegrityReports {
    private static final String IN_PERIOD = " >= :start and %s < :end";

    @PersistenceContext(unitName = "crime")
    private EntityManager entityManager;


    @EJB
    private RecordAccess access;

    @Inject
    private RecordingClock clock;

    @Override
    public IntegrityReport report(LocalDate from, LocalDate to) {
        IntegrityReport report = produce(from, to);
        access.listed(RecordTypes.INTEGRITY_REPORT, period(from, to), (int) report.reportsReceived());
        return report;
    }

    @Override
    public String csv(LocalDate from, LocalDate to) {
        IntegrityReport report = produce(from, to);
        access.exported(RecordTypes.INTEGRITY_REPORT, "CSV, " + period(from, to), (int) report.reportsReceived());
        return IntegrityCsv.write(report);
    }

    private IntegrityReport produce(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInput("Give the period: the first and the last day.");
        }
        if (from.isAfter(to)) {
            throw new InvalidInput("The period starts (" + from + ") after it ends (" + to + ").");
        }
        OffsetDateTime start = IntegrityFigures.start(from);
        OffsetDateTime end = IntegrityFigures.end(to);
        // Restricted records the auditor is not on the list of are not counted (ADR 0019).
        Hidden hidden = Hidden.from(access);
        Map<Long, Long> crimes = new HashMap<>();
        for (Object[] row : rows("select c.report.id, c.id from CrimeRecord c where c.report.reportedAt"
                + inPeriod("c.report.reportedAt"), start, end)) {
            if (!hidden.crime((Long) row[1])) {
                crimes.merge((Long) row[0], 1L, Long::sum);
            }
        }
        Map<Long, RiskLevel> levels = new HashMap<>();
        for (Object[] row : rows("select a.report.id, a.level from RiskAssessment a where a.report.reportedAt"
                + inPeriod("a.report.reportedAt") + " order by a.id", start, end)) {
            levels.put((Long) row[0], (RiskLevel) row[1]);
        }
        Set<Long> referred = new HashSet<>(entityManager.createQuery("select distinct m.report.id from MaracReferral m"
                        + " where m.report.reportedAt" + inPeriod("m.report.reportedAt"), Long.class)
                .setParameter("start", start).setParameter("end", end).getResultList());
        List<ReportFact> facts = rows("select r.id, r.reportedAt, r.status, r.decidedAt, r.decidedBy, r.looksLikeCrime,"
                + " r.nonCrimeRationale, r.domesticAbuse from Report r where r.reportedAt" + inPeriod("r.reportedAt"),
                start, end).stream().filter(row -> !hidden.report((Long) row[0])).map(row -> {
                    long id = (Long) row[0];
                    return new ReportFact(id, (OffsetDateTime) row[1], (ReportStatus) row[2], (OffsetDateTime) row[3],
                            (String) row[4], (Boolean) row[5], (String) row[6], (Boolean) row[7], levels.get(id),
                            referred.contains(id), crimes.getOrDefault(id, 0L));
                }).toList();
        List<IntegrityReport.Removal> removals = entityManager.createQuery("select x from Cancellation x join fetch x.crime"
                        + " where x.status = :approved and x.decidedAt" + inPeriod("x.decidedAt") + " order by x.decidedAt",
                        Cancellation.class)
                .setParameter("approved", CancellationView.Status.APPROVED)
                .setParameter("start", start).setParameter("end", end).getResultList().stream()
                .filter(x -> hidden.crime(x.crime())).map(x -> {
                    CancellationView view = x.view();
                    return new IntegrityReport.Removal(x.crime().number(), view.reason(), view.evidence(),
                            view.transferredTo(), view.requestedBy(), view.decidedBy(), view.decidedAt());
                }).toList();
        return IntegrityFigures.of(from, to, clock.nowOffset(), facts, removals);
    }

    private static String inPeriod(String path) {
        return String.format(IN_PERIOD, path);
    }

    private List<Object[]> rows(String jpql, OffsetDateTime start, OffsetDateTime end) {
        return entityManager.createQuery(jpql, Object[].class).setParameter("start", start).setParameter("end", end)
                .getResultList();
    }

    private static String period(LocalDate from, LocalDate to) {
        return "period " + from + " to " + to;
    }
}
