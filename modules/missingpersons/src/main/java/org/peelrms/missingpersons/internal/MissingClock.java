package org.peelrms.missingpersons.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.peelrms.kernel.UkDateFormat;

/** The time now for the missing persons module, in UK time, from an injected {@link Clock}. */
public class MissingClock {
    public static final ZoneId UK = UkDateFormat.UK;
    private static final DateTimeFormatter SHOWN = UkDateFormat.MINUTE;

    private final Clock clock;

    public MissingClock(Clock clock) {
        this.clock = clock;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(UK));
    }

    /** A moment as people read it in the audit log and the history: "07/12/2026 11:09", UK time. */
    static String show(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(UK).format(SHOWN);
    }
}
