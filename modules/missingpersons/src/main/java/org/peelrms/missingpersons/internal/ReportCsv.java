package org.peelrms.missingpersons.internal;

import org.peelrms.missingpersons.api.MissingPersonsReport;

/** The missing persons report as CSV: one figure a line, so that it opens the same in any spreadsheet. */
final class ReportCsv {
    private ReportCsv() {
    }

    static String of(MissingPersonsReport r) {
        StringBuilder csv = new StringBuilder("figure,value\r\n");
        line(csv, "period from", r.from());
        line(csv, "period to", r.to());
        line(csv, "cases reported", r.cases());
        for (MissingPersonsReport.LevelCount level : r.byRiskLevel()) {
            line(csv, "cases at risk level " + level.level().label(), level.cases());
        }
        line(csv, "cases never graded", r.notGraded());
        line(csv, "median minutes from report to first risk grading", r.medianMinutesToFirstGrading());
        line(csv, "longest minutes from report to first risk grading", r.longestMinutesToFirstGrading());
        line(csv, "reviews done", r.reviewsDone());
        line(csv, "reviews done late (missed)", r.reviewsLate());
        line(csv, "open cases with review overdue now", r.overdueNow());
        line(csv, "people found", r.found());
        line(csv, "median minutes from last seen to found", r.medianMinutesToFind());
        line(csv, "still missing", r.stillMissing());
        line(csv, "repeat missing persons", r.repeatPersons());
        line(csv, "cases of repeat missing persons", r.repeatCases());
        return csv.toString();
    }

    private static void line(StringBuilder csv, String figure, Object value) {
        csv.append('"').append(figure.replace("\"", "\"\"")).append("\",").append(value == null ? "" : value).append("\r\n");
    }
}
