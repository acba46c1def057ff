package org.peelrms.custody.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peelrms.custody.api.ClockState;
import org.peelrms.custody.api.ObservationLevel;
import org.peelrms.custody.api.VisitState;

/** Cell visits against the observation level: next due, missed visits, level changes, release. */
class VisitRulesTest {
    private static final VisitRules RULES = VisitRules.defaults();

    private static Instant uk(String time) {
        return LocalDateTime.parse("2026-06-10T" + time).atZone(DetentionClock.UK).toInstant();
    }

    private static List<VisitRules.LevelSet> level(String time, ObservationLevel level) {
        return List.of(new VisitRules.LevelSet(uk(time), level));
    }

    @Test
    void hourlyVisitsOnTime_missNothing_andTheNextIsDueAnHourAfterTheLast() {
        VisitState state = RULES.read(level("10:00", ObservationLevel.GENERAL), List.of(uk("10:55"), uk("11:50")),
                uk("12:30"), true, uk("12:30"));
        assertThat(state.missed()).isEmpty();
        assertThat(state.nextDue().toLocalTime()).hasToString("12:50");
        assertThat(state.state()).isEqualTo(ClockState.RUNNING);
        assertThat(RULES.read(level("10:00", ObservationLevel.GENERAL), List.of(uk("10:55"), uk("11:50")), uk("12:41"),
                true, uk("12:41")).state()).isEqualTo(ClockState.DUE_SOON);
    }

    @Test
    void aVisitExactlyOnTime_isNotMissed() {
        assertThat(RULES.read(level("10:00", ObservationLevel.GENERAL), List.of(uk("11:00")), uk("11:30"), true,
                uk("11:30")).missed()).isEmpty();
    }

    @Test
    void aGapInVisits_flagsEachVisitMissed_andTheNextRunsFromTheLateVisit() {
        VisitState state = RULES.read(level("10:00", ObservationLevel.GENERAL), List.of(uk("10:55"), uk("13:10")),
                uk("13:30"), true, uk("13:30"));
        assertThat(state.missed()).extracting(t -> t.toLocalTime().toString()).containsExactly("11:55", "12:55");
        assertThat(state.nextDue().toLocalTime()).hasToString("14:10");
    }

    @Test
    void noVisitYetPastItsTime_isOverdue_fromTheFirstMissedVisit() {
        VisitState state = RULES.read(level("10:00", ObservationLevel.INTERMITTENT), List.of(), uk("11:10"), true,
                uk("11:10"));
        assertThat(state.missed()).extracting(t -> t.toLocalTime().toString()).containsExactly("10:30", "11:00");
        assertThat(state.nextDue().toLocalTime()).hasToString("10:30");
        assertThat(state.state()).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void aRaisedLevel_needsVisitsAtItsOwnIntervalFromTheAssessment() {
        List<VisitRules.LevelSet> levels = List.of(new VisitRules.LevelSet(uk("10:00"), ObservationLevel.GENERAL),
                new VisitRules.LevelSet(uk("10:20"), ObservationLevel.INTERMITTENT));
        VisitState state = RULES.read(levels, List.of(), uk("10:45"), true, uk("10:45"));
        assertThat(state.level()).isEqualTo(ObservationLevel.INTERMITTENT);
        assertThat(state.nextDue().toLocalTime()).hasToString("10:50");
        assertThat(state.missed()).isEmpty();
    }

    @Test
    void afterRelease_nothingIsDue_andOnlyVisitsMissedWhileInCustodyCount() {
        VisitState state = RULES.read(level("10:00", ObservationLevel.GENERAL), List.of(uk("10:50"), uk("14:00")),
                uk("12:00"), false, uk("18:00"));
        assertThat(state.state()).isEqualTo(ClockState.STOPPED);
        assertThat(state.nextDue()).isNull();
        assertThat(state.missed()).extracting(t -> t.toLocalTime().toString()).containsExactly("11:50");
    }

    @Test
    void theIntervalsAreConfigurable() {
        VisitRules rules = new VisitRules(Map.of(ObservationLevel.GENERAL, 45, ObservationLevel.INTERMITTENT, 20,
                ObservationLevel.CONSTANT, 10, ObservationLevel.CLOSE_PROXIMITY, 5));
        assertThat(rules.read(level("10:00", ObservationLevel.GENERAL), List.of(), uk("10:30"), true, uk("10:30"))
                .nextDue().toLocalTime()).hasToString("10:45");
        System.setProperty(VisitRules.PROPERTY, "GENERAL=50");
        try {
            assertThat(VisitRules.configured().minutes(ObservationLevel.GENERAL)).isEqualTo(50);
            assertThat(VisitRules.configured().minutes(ObservationLevel.INTERMITTENT)).isEqualTo(30);
        } finally {
            System.clearProperty(VisitRules.PROPERTY);
        }
    }
}
