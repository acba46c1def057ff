package org.peelrms.audit.internal;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import org.peelrms.audit.api.AuditAction;
import org.peelrms.audit.api.AuditEntryView;
import org.peelrms.audit.api.AuditReport;
import org.peelrms.audit.api.AuditReportRequest;

/** What one user did in a period: every entry under their name, oldest first, and a count of each action. */
final class UserActivityReport {

    private UserActivityReport() {
    }

    static AuditReport produce(EntityManager entityManager, AuditReportRequest request, String producedBy) {
        OffsetDateTime start = ReportTime.start(request.from());
        OffsetDateTime end = ReportTime.end(request.to());
        ReportTable table = new ReportTable("When (UK)", "Action", "Record type", "Record id", "Details", "Results",
                "Reason given");
        for (Object[] count : entityManager.createQuery("select e.action, count(e) from AuditEntry e"
                + " where e.username = :user and e.occurredAt >= :start and e.occurredAt < :end"
                + " group by e.action order by count(e) desc", Object[].class)
                .setParameter("user", request.username()).setParameter("start", start).setParameter("end", end)
                .getResultList()) {
            table.count(((AuditAction) count[0]).label(), (Long) count[1]);
        }
        for (AuditEntry entry : entityManager.createQuery("select e from AuditEntry e where e.username = :user"
                + " and e.occurredAt >= :start and e.occurredAt < :end order by e.occurredAt, e.id", AuditEntry.class)
                .setParameter("user", request.username()).setParameter("start", start).setParameter("end", end)
                .setMaxResults(AuditReport.MAX_ROWS + 1).getResultList()) {
            AuditEntryView view = entry.view();
            table.row(ReportTime.show(view.occurredAt()), view.action().label(), view.recordType(), view.recordId(),
                    view.summary(), view.resultCount(), view.reason());
        }
        return table.report(request, "Entries by action", producedBy, 20);
    }
}
