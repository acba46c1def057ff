package org.peelrms.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.peelrms.web.crime.UkTime;
import org.peelrms.kernel.UkDateFormat;

/**
 * Dates and times on the pages, the one way people read them: {@code 14/02/1979} for a day,
 * {@code 07/12/2026 02:51} (24-hour, UK time whatever the server's zone) for a moment. In a page:
 * {@code #{ukDates.show(person.dateOfBirth())}}.
 */
@Named
@ApplicationScoped
public class UkDates {
    private static final DateTimeFormatter WITH_SECONDS = UkDateFormat.SECOND;

    /** A day as dd/mm/yyyy, a moment as dd/mm/yyyy hh:mm in UK time; nothing for null. */
    public String show(Object value) {
        if (value instanceof LocalDate date) {
            return TypedDates.show(date);
        }
        if (value instanceof LocalDateTime at) {
            return TypedDates.show(at);
        }
        OffsetDateTime moment = moment(value);
        return moment == null ? (value == null ? "" : value.toString()) : UkTime.show(moment);
    }

    /** A moment to the second (the audit log), dd/mm/yyyy hh:mm:ss in UK time. */
    public String withSeconds(Object value) {
        OffsetDateTime moment = moment(value);
        return moment == null ? show(value) : moment.atZoneSameInstant(UkTime.UK).format(WITH_SECONDS);
    }

    private static OffsetDateTime moment(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at;
        }
        if (value instanceof ZonedDateTime at) {
            return at.toOffsetDateTime();
        }
        if (value instanceof Instant at) {
            return at.atZone(UkTime.UK).toOffsetDateTime();
        }
        return null;
    }
}
