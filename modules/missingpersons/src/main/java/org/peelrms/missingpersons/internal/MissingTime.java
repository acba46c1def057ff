package org.peelrms.missingpersons.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;

/** Where the module's services get the time: the kernel's clock. Rule tests use fixed clocks instead. */
@ApplicationScoped
public class MissingTime {

    @Inject
    private Clock clock;

    @Produces
    MissingClock missingClock() {
        return new MissingClock(clock);
    }
}
