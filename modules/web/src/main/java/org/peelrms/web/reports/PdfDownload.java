package org.peelrms.web.reports;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.peelrms.kernel.ReportDocument;

/** A report's PDF as a download named after the report and its period, e.g. failed-sign-ins-2026-11-01-to-2026-11-30.pdf. */
public final class PdfDownload {
    private PdfDownload() {
    }

    public static Response of(ReportDocument report, String name, LocalDate from, LocalDate to, String exportedBy) {
        byte[] pdf = ReportPdf.render(report, exportedBy, OffsetDateTime.now());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "-" + from + "-to-" + to + ".pdf\"")
                .build();
    }
}
