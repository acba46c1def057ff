package org.peelrms.web.rest;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Dates given in a query string (yyyy-mm-dd), refused with a message that names the parameter (400,
 * through {@link ApiErrors}); and a report for such a period sent as a CSV file to download.
 */
final class QueryDates {
    private QueryDates() {
    }

    /** The date, or null when the parameter was not given. */
    static LocalDate optional(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date written yyyy-mm-dd, not '" + text + "'");
        }
    }

    /** The date; refused when the parameter was not given. */
    static LocalDate required(String name, String text) {
        LocalDate date = optional(name, text);
        if (date == null) {
            throw new IllegalArgumentException(name + " is required: a date written yyyy-mm-dd");
        }
        return date;
    }

    /** A report's CSV as a download named after the report and its period, e.g. crime-integrity-2026-01-01-to-2026-03-31.csv. */
    static Response csvDownload(String csv, String report, LocalDate from, LocalDate to) {
        return Response.ok(csv)
                .header("Content-Disposition", "attachment; filename=\"" + report + "-" + from + "-to-" + to + ".csv\"")
                .build();
    }
}
