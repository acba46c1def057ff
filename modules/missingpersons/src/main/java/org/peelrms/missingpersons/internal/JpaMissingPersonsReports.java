package org.peelrms.missingpersons.internal;

import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.kernel.RecordType;
import org.peelrms.kernel.Require;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.peelrms.kernel.Roles;
import org.peelrms.missingpersons.api.MissingPersonsReport;
import org.peelrms.missingpersons.api.MissingPersonsReports;
import org.peelrms.missingpersons.api.RecordTypes;

/** The missing persons report for auditors: the period's cases, midnight to midnight UK time. */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class JpaMissingPersonsReports implements MissingPersonsReports {

    @PersistenceContext(unitName = "missingpersons")
    private EntityManager entityManager;

    @EJB
    private RecordAccess access;

    @Inject
    private MissingClock clock;

    @Override
    public MissingPersonsReport report(LocalDate from, LocalDate to) {
        MissingPersonsReport report = figures(from, to);
        access.listed(RecordTypes.MISSING_PERSONS_REPORT, "reported " + from + " to " + to, report.cases());
        return report;
    }

    @Override
    public String csv(LocalDate from, LocalDate to) {
        MissingPersonsReport report = figures(from, to);
        access.exported(RecordTypes.MISSING_PERSONS_REPORT, "CSV, reported " + from + " to " + to, report.cases());
        return ReportCsv.of(report);
    }

    private MissingPersonsReport figures(LocalDate from, LocalDate to) {
        Require.present(from, "Give the first day of the period.");
        Require.present(to, "Give the last day of the period.");
        Require.that(!to.isBefore(from), "The period ends before it starts.");
        Require.that(!to.isAfter(from.plusYears(5)), "The period can be at most five years.");
        List<MissingCase> cases = entityManager.createQuery("select distinct c from MissingCase c"
                + " left join fetch c.gradings where c.reportedAt >= :from and c.reportedAt < :to", MissingCase.class)
                .setParameter("from", from.atStartOfDay(MissingClock.UK).toOffsetDateTime())
                .setParameter("to", to.plusDays(1).atStartOfDay(MissingClock.UK).toOffsetDateTime())
                .getResultList();
        // Restricted cases the auditor is not on the list of are not counted (ADR 0019).
        cases = access.hidden(RecordType.MISSING_PERSON_CASE).visible(RecordType.MISSING_PERSON_CASE, cases, MissingCase::id);
        return ReportFigures.of(from, to, cases, clock.now());
    }
}
