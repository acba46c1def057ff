package org.peelrms.casefile.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import org.peelrms.casefile.api.CaseFileReports;
import org.peelrms.casefile.api.CaseFilesReport;
import org.peelrms.casefile.api.RecordTypes;
import org.peelrms.kernel.Require;
import org.peelrms.kernel.Roles;
import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.kernel.RecordType;

/**
 * The case files report for auditors and supervisors: files opened in the period, midnight to midnight UK
 * time; a restricted file is counted only for a user on its list (ADR 0019).
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
public class JpaCaseFileReports implements CaseFileReports {

    @PersistenceContext(unitName = "casefile")
    private EntityManager entityManager;


    @EJB
    private RecordAccess access;

    @Inject
    private Clock clock;

    @Override
    public CaseFilesReport report(LocalDate from, LocalDate to) {
        CaseFilesReport report = figures(from, to);
        access.listed(RecordTypes.CASE_FILES_REPORT, "files opened " + from + " to " + to, report.files());
        return report;
    }

    @Override
    public String csv(LocalDate from, LocalDate to) {
        CaseFilesReport report = figures(from, to);
        access.exported(RecordTypes.CASE_FILES_REPORT, "CSV, files opened " + from + " to " + to, report.files());
        return ReportCsv.of(report);
    }

    private CaseFilesReport figures(LocalDate from, LocalDate to) {
        Require.present(from, "Give the first day of the period.");
        Require.present(to, "Give the last day of the period.");
        Require.that(!to.isBefore(from), "The period ends before it starts.");
        Require.that(!to.isAfter(from.plusYears(5)), "The period can be at most five years.");
        return ReportFigures.of(from, to, new FileQueries(entityManager, access.hidden(RecordType.CASE_FILE).ids(RecordType.CASE_FILE)).openedBetween(
                from.atStartOfDay(FileTime.UK).toOffsetDateTime(), to.plusDays(1).atStartOfDay(FileTime.UK).toOffsetDateTime()),
                FileTime.now(clock));
    }
}
