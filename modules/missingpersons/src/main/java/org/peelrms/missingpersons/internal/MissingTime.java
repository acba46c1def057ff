package org.peelrms.missingpersons.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Where the module's services get the time: the system clock. Rule tests use fixed clocks instead. */
@ApplicationScoped
public class MissingTime {

    @Produces
    MissingClock missingClock() {
        return new MissingClock(Clock.systemUTC());
    }
}
