package org.peelrms.casefile.internal;

import org.peelrms.casefile.api.CaseFilesReport;

/** The case files report as CSV: one figure a line, then the returns with their reasons. */
final class ReportCsv {
    private ReportCsv() {
    }

    static String of(CaseFilesReport r) {
        StringBuilder csv = new StringBuilder("figure,value\r\n");
        line(csv, "period from", r.from());
        line(csv, "period to", r.to());
        line(csv, "files opened", r.files());
        for (CaseFilesReport.StageCount stage : r.byStage()) {
            line(csv, "files at stage " + stage.stage().label(), stage.files());
            line(csv, "median age in days at stage " + stage.stage().label(), stage.medianAgeDays());
            line(csv, "oldest age in days at stage " + stage.stage().label(), stage.oldestAgeDays());
        }
        line(csv, "returns by a supervisor", r.returns());
        line(csv, "files returned at least once", r.filesReturned());
        line(csv, "charging decisions requested", r.decisionsRequested());
        line(csv, "charging decisions made", r.decisionsMade());
        line(csv, "median hours from request to charging decision", r.medianHoursToDecision());
        line(csv, "longest hours from request to charging decision", r.longestHoursToDecision());
        line(csv, "awaiting a charging decision", r.awaitingDecision());
        csv.append("\r\nreturned file,returned at,returned by,feedback\r\n");
        for (CaseFilesReport.ReturnLine line : r.returnReasons()) {
            csv.append(quote(line.reference())).append(',').append(PdfLayout.when(line.at())).append(',')
                    .append(quote(line.by())).append(',').append(quote(line.feedback())).append("\r\n");
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String figure, Object value) {
        csv.append(quote(figure)).append(',').append(value == null ? "" : value).append("\r\n");
    }

    private static String quote(String text) {
        String safe = text == null ? "" : text;
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
