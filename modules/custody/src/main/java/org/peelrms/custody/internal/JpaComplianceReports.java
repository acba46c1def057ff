package org.peelrms.custody.internal;

import org.peelrms.kernel.RecordType;
import org.peelrms.restriction.api.RecordAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.peelrms.custody.api.ComplianceReport;
import org.peelrms.custody.api.ComplianceReports;
import org.peelrms.custody.api.RecordTypes;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;

/**
 * The PACE compliance report for auditors: the period's custody records read with JPQL, the figures
 * worked out by {@link ComplianceFigures}. Producing it is audited as a search, the CSV as an export.
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class JpaComplianceReports implements ComplianceReports {

    @PersistenceContext(unitName = "custody")
    private EntityManager entityManager;

    @EJB
    private RecordAccess access;

    @Inject
    private Clock clock;

    @Inject
    private VisitRules visitRules;

    @Override
    public ComplianceReport report(LocalDate from, LocalDate to) {
        ComplianceReport report = produce(from, to);
        access.listed(RecordTypes.COMPLIANCE_REPORT, period(from, to), (int) report.detentions());
        return report;
    }

    @Override
    public String csv(LocalDate from, LocalDate to) {
        ComplianceReport report = produce(from, to);
        access.exported(RecordTypes.COMPLIANCE_REPORT, "CSV, " + period(from, to), (int) report.detentions());
        return ComplianceCsv.write(report);
    }

    private ComplianceReport produce(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInput("Give the period: the first and the last day.");
        }
        if (from.isAfter(to)) {
            throw new InvalidInput("The period starts (" + from + ") after it ends (" + to + ").");
        }
        // Restricted custody records the auditor is not on the list of are not counted (ADR 0019).
        List<DetentionFact> facts = access.hidden(RecordType.CUSTODY_RECORD).visible(RecordType.CUSTODY_RECORD,
                entityManager.createQuery("select r from CustodyRecord r where r.relevantTime >= :start"
                        + " and r.relevantTime < :end order by r.relevantTime", CustodyRecord.class)
                .setParameter("start", ComplianceFigures.start(from)).setParameter("end", ComplianceFigures.end(to))
                .getResultList(), CustodyRecord::id).stream().map(DetentionFact::of).toList();
        return ComplianceFigures.of(from, to, clock.instant(), facts, visitRules);
    }

    private static String period(LocalDate from, LocalDate to) {
        return "period " + from + " to " + to;
    }
}
