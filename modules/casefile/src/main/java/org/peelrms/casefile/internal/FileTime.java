package org.peelrms.casefile.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.peelrms.kernel.UkDateFormat;

/** Case file time: stored as instants, days counted as whole elapsed days, dates in UK time. */
final class FileTime {
    static final ZoneId UK = UkDateFormat.UK;

    private FileTime() {
    }

    static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock.withZone(UK)).truncatedTo(ChronoUnit.SECONDS);
    }

    static long days(OffsetDateTime from, OffsetDateTime to) {
        return from == null || to == null ? 0 : Math.max(0, Duration.between(from, to).toDays());
    }
}
