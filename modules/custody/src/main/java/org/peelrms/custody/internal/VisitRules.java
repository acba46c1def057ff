package org.peelrms.custody.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peelrms.custody.api.ClockState;
import org.peelrms.custody.api.ObservationLevel;
import org.peelrms.custody.api.VisitState;

/**
 * Cell visits against the observation level. PACE Code C (para. 9.3, Annex H) asks for visits at least
 * every hour, and for a person who is drunk or has taken drugs, visits and rousing at least every half
 * hour; the College of Policing's APP sets levels 1 to 4. The intervals per level are configurable
 * ({@code peel.custody.visit.minutes}, e.g. {@code GENERAL=60,INTERMITTENT=30,CONSTANT=15,CLOSE_PROXIMITY=15});
 * the defaults are those, with a record every 15 minutes for levels 3 and 4 (where an officer is with
 * the detainee all the time). See ADR 0013.
 */
public final class VisitRules {
    /** The board shows a visit as due soon within this of its time. */
    public static final Duration VISIT_SOON = Duration.ofMinutes(10);
    static final String PROPERTY = "peel.custody.visit.minutes";

    private final Map<ObservationLevel, Integer> minutes;

    public VisitRules(Map<ObservationLevel, Integer> minutes) {
        this.minutes = new EnumMap<>(minutes);
        for (ObservationLevel level : ObservationLevel.values()) {
            if (this.minutes.getOrDefault(level, 0) <= 0) {
                throw new IllegalArgumentException("No visit interval for " + level);
            }
        }
    }

    public static VisitRules defaults() {
        return new VisitRules(Map.of(ObservationLevel.GENERAL, 60, ObservationLevel.INTERMITTENT, 30,
                ObservationLevel.CONSTANT, 15, ObservationLevel.CLOSE_PROXIMITY, 15));
    }

    /** The defaults, with any intervals set by the system property or the environment variable PEEL_CUSTODY_VISIT_MINUTES. */
    public static VisitRules configured() {
        String setting = System.getProperty(PROPERTY, System.getenv("PEEL_CUSTODY_VISIT_MINUTES"));
        Map<ObservationLevel, Integer> minutes = new EnumMap<>(defaults().minutes);
        if (setting != null && !setting.isBlank()) {
            for (String pair : setting.split(",")) {
                String[] parts = pair.split("=");
                minutes.put(ObservationLevel.valueOf(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        }
        return new VisitRules(minutes);
    }

    public int minutes(ObservationLevel level) {
        return minutes.get(level);
    }

    /** The observation level set at a moment (by a risk assessment), which also counts as seeing the detainee. */
    public record LevelSet(Instant at, ObservationLevel level) {
    }

    /**
     * Visits against the level in force, up to {@code end} (release, or now). The level's interval runs
     * from the risk assessment that set it (made with the detainee) and from each visit. A due time
     * passed with no visit is a missed visit; the next is then due one interval after it.
     *
     * @param inCustody whether the person is still in custody (then the next visit due is worked out)
     */
    public VisitState read(List<LevelSet> levels, List<Instant> visits, Instant end, boolean inCustody, Instant now) {
        if (levels.isEmpty()) {
            return new VisitState(null, 0, null, inCustody ? ClockState.RUNNING : ClockState.STOPPED, List.of());
        }
        record Event(Instant at, ObservationLevel level) {
        }
        List<Event> events = new ArrayList<>();
        levels.forEach(l -> events.add(new Event(l.at(), l.level())));
        visits.forEach(v -> events.add(new Event(v, null)));
        events.sort(Comparator.comparing(Event::at));
        List<Instant> missed = new ArrayList<>();
        ObservationLevel level = null;
        Duration interval = null;
        Instant due = null;
        int missedBeforeLast = 0;
        for (Event event : events) {
            if (event.at().isAfter(end) || (level == null && event.level() == null)) {
                continue;
            }
            while (due != null && due.isBefore(event.at())) {
                missed.add(due);
                due = due.plus(interval);
            }
            if (event.level() != null) {
                level = event.level();
                interval = Duration.ofMinutes(minutes(level));
            }
            due = event.at().plus(interval);
            missedBeforeLast = missed.size();
        }
        while (due.isBefore(end)) {
            missed.add(due);
            due = due.plus(interval);
        }
        List<java.time.ZonedDateTime> missedUk = missed.stream().map(DetentionClock::uk).toList();
        if (!inCustody) {
            return new VisitState(level, minutes(level), null, ClockState.STOPPED, missedUk);
        }
        Instant next = missed.size() > missedBeforeLast ? missed.get(missedBeforeLast) : due;
        Duration left = Duration.between(now, next);
        ClockState state = left.isNegative() ? ClockState.OVERDUE
                : left.compareTo(VISIT_SOON) <= 0 ? ClockState.DUE_SOON : ClockState.RUNNING;
        return new VisitState(level, minutes(level), DetentionClock.uk(next), state, missedUk);
    }
}
