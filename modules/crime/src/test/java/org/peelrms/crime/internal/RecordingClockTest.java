package org.peelrms.crime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.peelrms.crime.api.ClockState;
import org.peelrms.crime.api.RecordingTime;

/** The 24-hour recording clock, in UK time, around midnight and the clock changes. */
class RecordingClockTest {

    private static OffsetDateTime uk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(RecordingClock.UK).toOffsetDateTime();
    }

    private static RecordingClock at(String localDateTime) {
        return new RecordingClock(Clock.fixed(uk(localDateTime).toInstant(), RecordingClock.UK));
    }

    @Test
    void aReportJustBeforeMidnight_isDueJustBeforeMidnightTheNextDay() {
        RecordingClock clock = at("2026-06-11T09:00");
        ZonedDateTime deadline = clock.deadline(uk("2026-06-10T23:50"));
        assertThat(deadline.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-06-11T23:50"));
        RecordingTime time = clock.time(uk("2026-06-10T23:50"), null);
        assertThat(time.state()).isEqualTo(ClockState.RUNNING);
        assertThat(time.describe()).isEqualTo("14 h 50 min left");
    }

    @Test
    void aReportJustAfterMidnight_countsFromItsOwnMinute_notFromTheStartOfTheDay() {
        RecordingClock clock = at("2026-06-11T20:30");
        RecordingTime time = clock.time(uk("2026-06-11T00:10"), null);
        assertThat(time.deadline().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-06-12T00:10"));
        assertThat(time.state()).isEqualTo(ClockState.DUE_SOON);
        assertThat(time.describe()).isEqualTo("3 h 40 min left");
    }

    @Test
    void whenTheClocksGoForward_theDeadlineIs24RealHours_soAnHourLaterOnTheWallClock() {
        // 29 March 2026, 01:00 GMT becomes 02:00 BST.
        RecordingClock clock = at("2026-03-30T00:45");
        RecordingTime time = clock.time(uk("2026-03-29T00:30"), null);
        assertThat(time.deadline().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-30T01:30"));
        assertThat(time.deadline().getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(time.remaining()).isEqualTo(Duration.ofMinutes(45));
        assertThat(time.state()).isEqualTo(ClockState.DUE_SOON);
    }

    @Test
    void whenTheClocksGoBack_theDeadlineIs24RealHours_soAnHourEarlierOnTheWallClock() {
        // 25 October 2026, 02:00 BST becomes 01:00 GMT.
        RecordingClock clock = at("2026-10-26T00:15");
        RecordingTime time = clock.time(uk("2026-10-25T00:30"), null);
        assertThat(time.deadline().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-10-25T23:30"));
        assertThat(time.state()).isEqualTo(ClockState.OVERDUE);
        assertThat(time.describe()).isEqualTo("0 h 45 min over");
    }

    @Test
    void aReportInTheRepeatedHourWhenTheClocksGoBack_keepsItsOwnInstant() {
        OffsetDateTime firstOneThirty = OffsetDateTime.parse("2026-10-25T01:30+01:00");
        OffsetDateTime secondOneThirty = OffsetDateTime.parse("2026-10-25T01:30Z");
        RecordingClock clock = at("2026-10-26T00:00");
        assertThat(clock.deadline(firstOneThirty).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-10-26T00:30"));
        assertThat(clock.deadline(secondOneThirty).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-10-26T01:30"));
        assertThat(clock.time(firstOneThirty, null).describe()).isEqualTo("0 h 30 min left");
    }

    @Test
    void theStateChanges_atFourHoursLeft_andAtTwentyFourHours() {
        OffsetDateTime reported = uk("2026-06-10T12:00");
        assertThat(at("2026-06-11T07:59").time(reported, null).state()).isEqualTo(ClockState.RUNNING);
        assertThat(at("2026-06-11T08:00").time(reported, null).state()).isEqualTo(ClockState.DUE_SOON);
        assertThat(at("2026-06-11T12:00").time(reported, null).state()).isEqualTo(ClockState.DUE_SOON);
        assertThat(at("2026-06-11T12:01").time(reported, null).state()).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void aDecisionAtExactly24Hours_isInTime_aMinuteLaterIsLate_whateverTheTimeNow() {
        RecordingClock muchLater = at("2026-12-01T00:00");
        OffsetDateTime reported = uk("2026-03-28T23:30");
        assertThat(muchLater.time(reported, uk("2026-03-30T00:30")).state()).isEqualTo(ClockState.DECIDED_IN_TIME);
        assertThat(muchLater.time(reported, uk("2026-03-30T00:31")).state()).isEqualTo(ClockState.DECIDED_LATE);
        assertThat(RecordingClock.withinLimit(reported, uk("2026-03-30T00:30"))).isTrue();
    }

    @Test
    void theListsCutOffs_areWorkedOutFromNow() {
        RecordingClock clock = at("2026-06-11T12:00");
        assertThat(clock.overdueBefore()).isEqualTo(uk("2026-06-10T12:00"));
        assertThat(clock.dueSoonBefore()).isEqualTo(uk("2026-06-10T16:00"));
    }
}
