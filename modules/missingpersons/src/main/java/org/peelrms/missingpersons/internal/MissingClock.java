package org.peelrms.missingpersons.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The time now for the missing persons module, in UK time, from an injected {@link Clock}. */
public class MissingClock {
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private final Clock clock;

    public MissingClock(Clock clock) {
        this.clock = clock;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(UK));
    }
}
