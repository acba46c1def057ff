package org.peelrms.audit.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.UkDateFormat;

/** The audit reports' clock: periods of whole UK days, times shown in UK time. */
final class ReportTime {
    static final ZoneId UK = UkDateFormat.UK;
    private static final DateTimeFormatter SHOWN = UkDateFormat.SECOND;
    private static final DateTimeFormatter DAY = UkDateFormat.DAY;

    private ReportTime() {
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInput("Give the period: the first and the last day.");
        }
        if (from.isAfter(to)) {
            throw new InvalidInput("The period starts (" + from + ") after it ends (" + to + ").");
        }
    }

    /** The start of the first day, UK time. */
    static OffsetDateTime start(LocalDate from) {
        return from.atStartOfDay(UK).toOffsetDateTime();
    }

    /** The start of the day after the last, UK time. */
    static OffsetDateTime end(LocalDate to) {
        return to.plusDays(1).atStartOfDay(UK).toOffsetDateTime();
    }

    static String show(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(UK).format(SHOWN);
    }

    static String day(OffsetDateTime at) {
        return at.atZoneSameInstant(UK).format(DAY);
    }
}
