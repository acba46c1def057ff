package org.peelrms.custody.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Where the custody module's services get the visit intervals (as configured); the time comes from the
 * kernel's {@link org.peelrms.kernel.RecordClock}. The rule tests build {@link DetentionClock} facts and
 * {@link VisitRules} on fixed times instead.
 */
@ApplicationScoped
public class CustodyTime {

    @Produces
    VisitRules visitRules() {
        return VisitRules.configured();
    }
}
