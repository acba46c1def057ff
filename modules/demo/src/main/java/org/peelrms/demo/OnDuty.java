package org.peelrms.demo;

import jakarta.annotation.security.RolesAllowed;
import java.time.OffsetDateTime;
import java.util.function.Supplier;
import org.peelrms.kernel.Roles;

/**
 * A demo user at work: each subclass is a stateless bean that runs as one demo account (its role and its
 * name), so whatever a module records inside {@link #at} is recorded as that user did it, at that moment,
 * through the module's API, its rules and its audit entries like anyone's. Only start-up (ADMIN) calls it.
 */
@RolesAllowed(Roles.ADMIN)
public abstract class OnDuty {

    /** Does {@code work} as this user, with the records' clock reading {@code when}. */
    public <T> T at(OffsetDateTime when, Supplier<T> work) {
        return DemoClock.at(when, work);
    }

    /** Does {@code work}, which returns nothing, as this user, with the records' clock reading {@code when}. */
    public void at(OffsetDateTime when, Runnable work) {
        DemoClock.at(when, () -> {
            work.run();
            return null;
        });
    }
}
