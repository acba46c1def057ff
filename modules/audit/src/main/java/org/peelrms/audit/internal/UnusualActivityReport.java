package org.peelrms.audit.internal;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peelrms.audit.api.AuditAction;
import org.peelrms.audit.api.AuditReport;
import org.peelrms.audit.api.AuditReportRequest;

/**
 * Searches and views with unusual patterns in a period: one record viewed many times by one user;
 * one record viewed many times by several users; searches and views out of hours, by user. Each row
 * names the record type and id, so that it can be read against the record (and, later, its
 * restriction). ADR 0021 says why these patterns and how the out-of-hours window is set.
 */
final class UnusualActivityReport {
    static final String BY_ONE_USER = "Many views by one user";
    static final String BY_MANY_USERS = "Many views by several users";

    private UnusualActivityReport() {
    }

    static AuditReport produce(EntityManager entityManager, AuditReportRequest request, OutOfHours outOfHours,
            String producedBy) {
        int threshold = request.threshold();
        OffsetDateTime start = ReportTime.start(request.from());
        OffsetDateTime end = ReportTime.end(request.to());
        ReportTable table = new ReportTable("Pattern", "Record type", "Record id", "User", "Count", "First (UK)",
                "Last (UK)");
        for (Object[] row : entityManager.createQuery("select e.recordType, e.recordId, e.username, count(e),"
                + " min(e.occurredAt), max(e.occurredAt) from AuditEntry e where e.action = :view"
                + " and e.recordId is not null and e.occurredAt >= :start and e.occurredAt < :end"
                + " group by e.recordType, e.recordId, e.username having count(e) >= :threshold"
                + " order by count(e) desc, e.recordType, e.recordId", Object[].class)
                .setParameter("view", AuditAction.VIEW).setParameter("start", start).setParameter("end", end)
                .setParameter("threshold", (long) threshold).getResultList()) {
            add(table, BY_ONE_USER, row[0], row[1], row[2], row[3], row[4], row[5]);
        }
        for (Object[] row : entityManager.createQuery("select e.recordType, e.recordId, count(distinct e.username),"
                + " count(e), min(e.occurredAt), max(e.occurredAt) from AuditEntry e where e.action = :view"
                + " and e.recordId is not null and e.occurredAt >= :start and e.occurredAt < :end"
                + " group by e.recordType, e.recordId having count(e) >= :threshold and count(distinct e.username) > 1"
                + " order by count(e) desc, e.recordType, e.recordId", Object[].class)
                .setParameter("view", AuditAction.VIEW).setParameter("start", start).setParameter("end", end)
                .setParameter("threshold", (long) threshold).getResultList()) {
            add(table, BY_MANY_USERS, row[0], row[1], row[2] + " users", row[3], row[4], row[5]);
        }
        Map<String, OffsetDateTime[]> outside = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : entityManager.createQuery("select e.username, e.occurredAt from AuditEntry e"
                + " where e.action in :actions and e.occurredAt >= :start and e.occurredAt < :end"
                + " order by e.occurredAt, e.id", Object[].class)
                .setParameter("actions", List.of(AuditAction.SEARCH, AuditAction.VIEW))
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            OffsetDateTime at = (OffsetDateTime) row[1];
            if (outOfHours.contains(at.atZoneSameInstant(ReportTime.UK).toLocalTime())) {
                String user = (String) row[0];
                outside.computeIfAbsent(user, u -> new OffsetDateTime[] {at, at})[1] = at;
                counts.merge(user, 1L, Long::sum);
            }
        }
        String pattern = "Searches and views out of hours (" + outOfHours + ")";
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> add(table, pattern, "", "", e.getKey(), e.getValue(), outside.get(e.getKey())[0],
                        outside.get(e.getKey())[1]));
        return table.report(request, "Views or searches in each unusual pattern", producedBy, 25);
    }

    private static void add(ReportTable table, String pattern, Object recordType, Object recordId, Object user,
            Object count, Object first, Object last) {
        table.row(pattern, recordType, recordId, user, count, ReportTime.show((OffsetDateTime) first),
                ReportTime.show((OffsetDateTime) last));
        String where = recordType.toString().isEmpty() ? "out of hours" : recordType + " " + recordId;
        table.count(where + " (" + user + ")", ((Number) count).longValue());
    }
}
