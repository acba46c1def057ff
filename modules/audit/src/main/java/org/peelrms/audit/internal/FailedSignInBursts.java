package org.peelrms.audit.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** The most failed sign-ins that fall within any one window of time: the size of the worst burst. */
final class FailedSignInBursts {

    private FailedSignInBursts() {
    }

    /** The largest number of the times, oldest first, that lie within {@code window} of each other. */
    static int mostWithin(List<OffsetDateTime> times, Duration window) {
        int most = 0;
        int first = 0;
        for (int last = 0; last < times.size(); last++) {
            while (Duration.between(times.get(first), times.get(last)).compareTo(window) > 0) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }
}
