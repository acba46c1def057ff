package org.peelrms.crime.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.peelrms.crime.api.ClockState;
import org.peelrms.crime.api.RecordingTime;
import org.peelrms.kernel.UkDateFormat;

/**
 * The National Crime Recording Standard's 24-hour clock: a crime is recorded when, on the balance of
 * probability, one has occurred, and in any case within 24 hours of the report. The 24 hours are
 * elapsed time, so a report taken on the night the clocks change is due 24 real hours later, which
 * the wall clock shows as 23:00 or 01:00 past the hour of report. Deadlines are shown in UK time.
 */
public class RecordingClock {
    /** The standard's limit. */
    public static final Duration LIMIT = Duration.ofHours(24);
    /** Reports with less than this left are listed as due soon. */
    public static final Duration WARNING = Duration.ofHours(4);
    public static final ZoneId UK = UkDateFormat.UK;

    private final Clock clock;

    public RecordingClock(Clock clock) {
        this.clock = clock;
    }

    /** Now, in UK time. */
    public ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(UK));
    }

    public OffsetDateTime nowOffset() {
        return now().toOffsetDateTime();
    }

    /** 24 hours of elapsed time after the report, in UK time. */
    public ZonedDateTime deadline(OffsetDateTime reportedAt) {
        return reportedAt.toInstant().plus(LIMIT).atZone(UK);
    }

    /** Where an open report stands now, or where a decided one stood when it was decided. */
    public RecordingTime time(OffsetDateTime reportedAt, OffsetDateTime decidedAt) {
        ZonedDateTime deadline = deadline(reportedAt);
        if (decidedAt != null) {
            Duration margin = Duration.between(decidedAt.toInstant(), deadline.toInstant());
            return new RecordingTime(deadline, margin,
                    margin.isNegative() ? ClockState.DECIDED_LATE : ClockState.DECIDED_IN_TIME);
        }
        Duration remaining = Duration.between(clock.instant(), deadline.toInstant());
        ClockState state = remaining.isNegative() ? ClockState.OVERDUE
                : remaining.compareTo(WARNING) <= 0 ? ClockState.DUE_SOON : ClockState.RUNNING;
        return new RecordingTime(deadline, remaining, state);
    }

    /** True when a decision made at {@code decidedAt} was within 24 hours of the report. */
    public static boolean withinLimit(OffsetDateTime reportedAt, OffsetDateTime decidedAt) {
        return Duration.between(reportedAt.toInstant(), decidedAt.toInstant()).compareTo(LIMIT) <= 0;
    }

    /** The moment from which a report would already be overdue now: reports before it are past 24 hours. */
    public OffsetDateTime overdueBefore() {
        return Instant.now(clock).minus(LIMIT).atZone(UK).toOffsetDateTime();
    }

    /** The moment from which a report is due soon or overdue now. */
    public OffsetDateTime dueSoonBefore() {
        return Instant.now(clock).minus(LIMIT.minus(WARNING)).atZone(UK).toOffsetDateTime();
    }
}
