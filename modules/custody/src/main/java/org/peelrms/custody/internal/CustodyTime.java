package org.peelrms.custody.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Where the custody module's services get the time (the system clock) and the visit intervals (as
 * configured). The rule tests build {@link DetentionClock} facts and {@link VisitRules} on fixed times instead.
 */
@ApplicationScoped
public class CustodyTime {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    VisitRules visitRules() {
        return VisitRules.configured();
    }
}
