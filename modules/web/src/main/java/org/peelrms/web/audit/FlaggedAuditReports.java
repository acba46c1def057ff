package org.peelrms.web.audit;

import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peelrms.audit.api.AuditReport;
import org.peelrms.audit.api.AuditReportKind;
import org.peelrms.audit.api.AuditReportRequest;
import org.peelrms.audit.api.AuditReports;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.People;
import org.peelrms.restriction.api.Restrictions;

/**
 * The audit reports as auditors see them on the page, over REST and in CSV and PDF: each report that
 * names records (record type and id) gains a column "Restricted", so that many views of a restricted
 * record stand out in the unusual-activity report. The audit module cannot ask the restriction module
 * (which writes to the audit log), so the flag is added here, in one place for every way out.
 */
@ApplicationScoped
public class FlaggedAuditReports {
    static final String RECORD_TYPE = "Record type";
    static final String RECORD_ID = "Record id";
    static final String RESTRICTED = "Restricted";

    @EJB
    private AuditReports reports;

    @EJB
    private Restrictions restrictions;

    @EJB
    private People people;

    public AuditReport produce(AuditReportRequest request) {
        return flag(reports.produce(byNumberOnFile(request)));
    }

    public AuditReport export(AuditReportRequest request, String format) {
        return flag(reports.export(byNumberOnFile(request), format));
    }

    /**
     * The person-access report is kept by the person's number on file; an auditor may give instead the
     * reference shown on the person's page (DEMO-000051), which is turned into their number here. A
     * reference nobody has is refused, rather than answered with an empty report that says nobody looked.
     */
    private AuditReportRequest byNumberOnFile(AuditReportRequest request) {
        String person = request.personId() == null ? "" : request.personId().strip();
        if (request.kind() != AuditReportKind.PERSON_ACCESS || person.isEmpty() || person.matches("\\d{1,18}")) {
            return request;
        }
        long id = people.idOfReference(person).orElseThrow(() -> new InvalidInput("No person on file has the reference "
                + person + ". Give their number on file or their reference, as shown on their page."));
        return new AuditReportRequest(request.kind(), request.from(), request.to(), Long.toString(id), request.username(),
                request.clientAddress(), request.threshold(), request.outOfHours());
    }

    private AuditReport flag(AuditReport report) {
        int type = report.columns().indexOf(RECORD_TYPE);
        int id = report.columns().indexOf(RECORD_ID);
        if (type < 0 || id < 0) {
            return report;
        }
        List<RecordRef> named = new ArrayList<>();
        for (List<String> row : report.rows()) {
            key(row.get(type), row.get(id)).ifPresent(named::add);
        }
        Set<RecordRef> restricted = restrictions.restrictedAmong(named);
        List<String> columns = new ArrayList<>(report.columns());
        columns.add(RESTRICTED);
        List<List<String>> rows = report.rows().stream().map(row -> {
            List<String> flagged = new ArrayList<>(row);
            flagged.add(key(row.get(type), row.get(id)).filter(restricted::contains).isPresent() ? "Yes" : "");
            return (List<String>) flagged;
        }).toList();
        return new AuditReport(report.kind(), report.title(), report.from(), report.to(), report.filters(), columns,
                rows, report.truncated(), report.chartTitle(), report.chart(), report.producedAt(), report.producedBy());
    }

    private static Optional<RecordRef> key(String recordType, String recordId) {
        if (recordId == null || !recordId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return RecordType.named(recordType).map(t -> new RecordRef(t, Long.parseLong(recordId)));
    }
}
