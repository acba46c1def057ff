package org.peelrms.web.rest;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.web.reports.PdfDownload;
import org.peelrms.web.reports.ReportDocument;

/**
 * The PDF export of a module's report (crime integrity, PACE compliance, missing persons): drawn,
 * then put on the audit log as an export under the report's record type, then sent.
 */
final class ReportExports {
    private ReportExports() {
    }

    static Response pdf(AuditTrail trail, ReportDocument document, String recordType, String name, LocalDate from,
            LocalDate to, long rows, String exportedBy) {
        Response download = PdfDownload.of(document, name, from, to, exportedBy);
        trail.record(AuditEvent.exported(recordType, "PDF, period " + from + " to " + to, (int) rows));
        return download;
    }
}
