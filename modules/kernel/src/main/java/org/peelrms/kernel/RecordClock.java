package org.peelrms.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The clock every module stamps its records with: the system clock, in UTC. Modules inject
 * {@link Clock} rather than asking the system, so that there is one source of "now" for a record's times.
 * Only the demo data module (not in a production build) replaces it, to write its records at past
 * moments on the thread that loads them (ADR 0051); rule tests build their own fixed clocks.
 */
@ApplicationScoped
public class RecordClock {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
