package org.peelrms.crime.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Where the crime module's services get the time: the recording clock on the kernel's clock, and
 * the configured crime number format. Tests of the rules build a {@link RecordingClock} on a fixed
 * {@link Clock} instead.
 */
@ApplicationScoped
public class CrimeTime {

    @Inject
    private Clock clock;

    @Produces
    RecordingClock recordingClock() {
        return new RecordingClock(clock);
    }

    @Produces
    CrimeNumberFormat crimeNumberFormat() {
        return CrimeNumberFormat.configured();
    }
}
