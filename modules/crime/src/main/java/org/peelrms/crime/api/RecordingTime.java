package org.peelrms.crime.api;

import java.io.Serializable;
import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * A report's place on the 24-hour recording clock, worked out at one moment.
 *
 * @param deadline  24 hours after the report, in UK time (Europe/London)
 * @param remaining time left until the deadline (negative once past it); for a decided report, how long
 *                  before the deadline the decision was made (negative if after)
 * @param state     running, due soon, overdue, or decided in time or late
 */
public record RecordingTime(ZonedDateTime deadline, Duration remaining, ClockState state) implements Serializable {

    /** The time left as an officer reads it: "5 h 20 min left", "2 h 5 min over". */
    public String describe() {
        Duration left = remaining.abs();
        String amount = left.toHours() + " h " + left.toMinutesPart() + " min";
        if (state.open()) {
            return remaining.isNegative() ? amount + " over" : amount + " left";
        }
        return state.label();
    }
}
