package org.peelrms.audit.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditReport;
import org.peelrms.audit.api.AuditReportKind;
import org.peelrms.audit.api.AuditReportRequest;
import org.peelrms.audit.api.AuditReports;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Require;
import org.peelrms.kernel.Roles;

/** The audit reports, auditors only; every run is on the log (SEARCH on screen, EXPORT for a file). */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class JpaAuditReports implements AuditReports {

    @PersistenceContext(unitName = "audit")
    private EntityManager entityManager;

    @EJB
    private AuditTrail trail;

    @Resource
    private SessionContext session;

    @Override
    public AuditReport produce(AuditReportRequest request) {
        AuditReportRequest checked = checked(request);
        AuditReport report = run(checked);
        trail.record(AuditEvent.searched(checked.kind().recordType(), checked.describe(), report.rows().size()));
        return report;
    }

    @Override
    public AuditReport export(AuditReportRequest request, String format) {
        String what = Require.text(format, 10, "Say which format to export: CSV or PDF.").toUpperCase(Locale.ROOT);
        AuditReportRequest checked = checked(request);
        AuditReport report = run(checked);
        trail.record(AuditEvent.exported(checked.kind().recordType(), what + ", " + checked.describe(),
                report.rows().size()));
        return report;
    }

    private AuditReport run(AuditReportRequest request) {
        String by = Callers.nameOf(session.getCallerPrincipal());
        return switch (request.kind()) {
            case PERSON_ACCESS -> PersonAccessReport.produce(entityManager, request, by);
            case USER_ACTIVITY -> UserActivityReport.produce(entityManager, request, by);
            case UNUSUAL_ACTIVITY -> UnusualActivityReport.produce(entityManager, request,
                    OutOfHours.parse(request.outOfHours()), by);
            case FAILED_SIGN_INS -> FailedSignInsReport.produce(entityManager, request, by);
        };
    }

    /** The request with its filters tidied and its defaults filled in; refused with a message when incomplete. */
    static AuditReportRequest checked(AuditReportRequest request) {
        Require.present(request, "Say which audit report to produce.");
        AuditReportKind kind = Require.present(request.kind(), "Say which audit report to produce.");
        ReportTime.checkPeriod(request.from(), request.to());
        String person = Require.optional(request.personId(), 64, "The person's id");
        String user = Require.optional(request.username(), 100, "The user name");
        String address = Require.optional(request.clientAddress(), 64, "The address");
        Integer threshold = request.threshold();
        String window = null;
        switch (kind) {
            case PERSON_ACCESS -> Require.present(person, "Give the person's number on file or their reference: both are shown on their page.");
            case USER_ACTIVITY -> Require.present(user, "Give the user name of the member of staff.");
            case UNUSUAL_ACTIVITY -> {
                threshold = threshold == null ? AuditReportRequest.DEFAULT_THRESHOLD : threshold;
                if (threshold < 2) {
                    throw new InvalidInput("Many views means at least 2; give a threshold of 2 or more, not " + threshold + ".");
                }
                window = OutOfHours.givenOrConfigured(request.outOfHours()).toString();
            }
            case FAILED_SIGN_INS -> { }
        }
        return new AuditReportRequest(kind, request.from(), request.to(), person, user, address, threshold, window);
    }
}
