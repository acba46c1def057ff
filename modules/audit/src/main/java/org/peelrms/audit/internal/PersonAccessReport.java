package org.peelrms.audit.internal;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.peelrms.audit.api.AuditAction;
import org.peelrms.audit.api.AuditReport;
import org.peelrms.audit.api.AuditReportRequest;

/**
 * Who searched for or viewed a person: the views of their record, and the people searches whose
 * results included them (from the result ids each search keeps, migration V3).
 */
final class PersonAccessReport {
    static final String PERSON = org.peelrms.kernel.RecordType.PERSON.name();

    private PersonAccessReport() {
    }

    static AuditReport produce(EntityManager entityManager, AuditReportRequest request, String producedBy) {
        String person = request.personId();
        OffsetDateTime start = ReportTime.start(request.from());
        OffsetDateTime end = ReportTime.end(request.to());
        List<Object[]> found = new ArrayList<>();
        for (Object[] view : entityManager.createQuery("select e.occurredAt, e.username, e.reason, e.id from AuditEntry e"
                + " where e.action = :view and e.recordType = :person and e.recordId = :id"
                + " and e.occurredAt >= :start and e.occurredAt < :end", Object[].class)
                .setParameter("view", AuditAction.VIEW).setParameter("person", PERSON).setParameter("id", person)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            found.add(new Object[] {view[0], view[1], "Viewed the record", "", "", view[2], view[3]});
        }
        for (Object[] search : entityManager.createQuery("select e.occurredAt, e.username, e.summary, e.reason, e.id,"
                + " e.resultCount, index(r) from AuditEntry e join e.resultRecordIds r"
                + " where e.action = :search and e.recordType = :person and r = :id"
                + " and e.occurredAt >= :start and e.occurredAt < :end", Object[].class)
                .setParameter("search", AuditAction.SEARCH).setParameter("person", PERSON).setParameter("id", person)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            int place = ((Number) search[6]).intValue() + 1;
            String of = search[5] == null ? "" : " of " + search[5];
            found.add(new Object[] {search[0], search[1], "Searched: in the results", search[2], place + of, search[3],
                search[4]});
        }
        found.sort(Comparator.comparing((Object[] row) -> (OffsetDateTime) row[0]).thenComparing(row -> (Long) row[6]));

        ReportTable table = new ReportTable("When (UK)", "User", "What", "Search criteria", "Place in results",
                "Reason given", "Entry");
        for (Object[] row : found) {
            table.row(ReportTime.show((OffsetDateTime) row[0]), row[1], row[2], row[3], row[4], row[5], row[6]);
            table.count((String) row[1], 1);
        }
        return table.report(request, "Views and searches by user", producedBy, 30);
    }
}
