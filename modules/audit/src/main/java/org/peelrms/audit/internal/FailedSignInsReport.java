package org.peelrms.audit.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peelrms.audit.api.AuditAction;
import org.peelrms.audit.api.AuditReport;
import org.peelrms.audit.api.AuditReportRequest;

/**
 * Failed sign-ins in a period by the user name tried and the address they came from: how many, the
 * first and the last, and the worst burst ({@value #BURST} or more within {@link #WINDOW} is marked).
 * The chart counts failures per day (per month for periods over {@value #DAILY_UP_TO} days).
 */
final class FailedSignInsReport {
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final int BURST = 5;
    static final int DAILY_UP_TO = 62;

    private FailedSignInsReport() {
    }

    static AuditReport produce(EntityManager entityManager, AuditReportRequest request, String producedBy) {
        String where = " where e.action = :failed and e.occurredAt >= :start and e.occurredAt < :end"
                + (request.username() == null ? "" : " and e.username = :user")
                + (request.clientAddress() == null ? "" : " and e.clientAddress = :address");
        TypedQuery<Object[]> query = entityManager.createQuery("select e.username, e.clientAddress, e.occurredAt"
                + " from AuditEntry e" + where + " order by e.occurredAt, e.id", Object[].class)
                .setParameter("failed", AuditAction.SIGN_IN_FAILED)
                .setParameter("start", ReportTime.start(request.from()))
                .setParameter("end", ReportTime.end(request.to()));
        if (request.username() != null) {
            query.setParameter("user", request.username());
        }
        if (request.clientAddress() != null) {
            query.setParameter("address", request.clientAddress());
        }
        boolean daily = ChronoUnit.DAYS.between(request.from(), request.to()) < DAILY_UP_TO;
        ReportTable table = new ReportTable("User name tried", "From address", "Failures", "First (UK)", "Last (UK)",
                "Most within 10 minutes", "Burst");
        for (LocalDate day = request.from(); !day.isAfter(request.to()); day = day.plusDays(1)) {
            table.count(bar(day, daily), 0);
        }
        Map<List<String>, List<OffsetDateTime>> attempts = new LinkedHashMap<>();
        for (Object[] failure : query.getResultList()) {
            OffsetDateTime at = (OffsetDateTime) failure[2];
            attempts.computeIfAbsent(keyOf(failure), k -> new ArrayList<>()).add(at);
            table.count(bar(at.atZoneSameInstant(ReportTime.UK).toLocalDate(), daily), 1);
        }
        attempts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<List<String>, List<OffsetDateTime>> e) -> -e.getValue().size())
                        .thenComparing(e -> e.getKey().get(0)))
                .forEach(e -> {
                    List<OffsetDateTime> times = e.getValue();
                    int most = FailedSignInBursts.mostWithin(times, WINDOW);
                    table.row(e.getKey().get(0), e.getKey().get(1), times.size(), ReportTime.show(times.get(0)),
                            ReportTime.show(times.get(times.size() - 1)), most, most >= BURST ? "Yes" : "No");
                });
        return table.report(request, daily ? "Failed sign-ins each day" : "Failed sign-ins each month", producedBy, 400);
    }

    private static List<String> keyOf(Object[] failure) {
        return List.of((String) failure[0], failure[1] == null ? "" : (String) failure[1]);
    }

    private static String bar(LocalDate day, boolean daily) {
        return daily ? day.toString() : day.toString().substring(0, 7);
    }
}
