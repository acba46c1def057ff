package org.peelrms.custody.api;

import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Cell visits against the observation level in force: the next one due, and every due time that
 * passed with no visit (a missed visit), in UK time.
 */
public record VisitState(ObservationLevel level, int intervalMinutes, ZonedDateTime nextDue, ClockState state,
        List<ZonedDateTime> missed) implements Serializable {
}
