package org.peelrms.web.crime;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.peelrms.kernel.UkDateFormat;

/** Times as staff type and read them: UK wall-clock time (Europe/London), whatever the server's zone. */
public final class UkTime {
    public static final ZoneId UK = UkDateFormat.UK;
    private static final DateTimeFormatter SHOWN = UkDateFormat.MINUTE;

    private UkTime() {
    }

    /** The moment a UK wall-clock time names; null stays null. */
    public static OffsetDateTime of(LocalDateTime local) {
        return local == null ? null : local.atZone(UK).toOffsetDateTime();
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(UK).withSecond(0).withNano(0);
    }

    /** "10/06/2026 21:15", in UK time. */
    public static String show(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(UK).format(SHOWN);
    }
}
