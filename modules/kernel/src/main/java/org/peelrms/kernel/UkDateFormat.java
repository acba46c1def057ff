package org.peelrms.kernel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How Peel shows dates and times to people, everywhere (pages, PDFs, CSVs, the audit trail's words):
 * dd/mm/yyyy and the 24-hour clock, in UK time (Europe/London, so GMT or BST as the day has it), whatever
 * the server's own zone. One place, so that every module writes a date the same way.
 */
public final class UkDateFormat {
    /** UK wall-clock time. */
    public static final ZoneId UK = ZoneId.of("Europe/London");
    /** 14/02/1979 */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** 14/02/1979 09:30 */
    public static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** 14/02/1979 09:30:05 (the audit log, where seconds matter) */
    public static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private UkDateFormat() {
    }

    /** A day as people read it, or "" for none. */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
