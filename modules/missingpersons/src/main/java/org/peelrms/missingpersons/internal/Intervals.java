package org.peelrms.missingpersons.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.peelrms.missingpersons.api.ReviewState;
import org.peelrms.missingpersons.api.RiskLevel;

/**
 * The review schedule: how long after a grading at each level the next review is due, as set by
 * administrators in {@code review_interval}. Read once per call from the table.
 */
final class Intervals {
    /** A review due within this is listed as due soon. */
    static final Duration SOON = Duration.ofHours(1);

    private final Map<RiskLevel, Duration> byLevel;

    Intervals(Map<RiskLevel, Duration> byLevel) {
        this.byLevel = new EnumMap<>(byLevel);
        for (RiskLevel level : RiskLevel.values()) {
            if (!this.byLevel.containsKey(level)) {
                throw new IllegalStateException("No review interval for " + level);
            }
        }
    }

    /** Peel's shipped defaults, as seeded by migration V1. */
    static Intervals defaults() {
        return new Intervals(Map.of(RiskLevel.HIGH, Duration.ofHours(2), RiskLevel.MEDIUM, Duration.ofHours(8),
                RiskLevel.LOW, Duration.ofHours(24), RiskLevel.VERY_LOW, Duration.ofDays(3),
                RiskLevel.NO_APPARENT_RISK, Duration.ofDays(3)));
    }

    Duration of(RiskLevel level) {
        return byLevel.get(level);
    }

    /** When the next review is due after a grading at {@code level} done {@code at}. */
    OffsetDateTime nextDue(RiskLevel level, OffsetDateTime at) {
        return at.plus(of(level));
    }

    /** Where an open case stands against its schedule at {@code now}. */
    static ReviewState state(RiskLevel level, OffsetDateTime nextDue, OffsetDateTime now) {
        if (level == null || nextDue == null) {
            return ReviewState.NOT_GRADED;
        }
        if (nextDue.isBefore(now)) {
            return ReviewState.OVERDUE;
        }
        return nextDue.isBefore(now.plus(SOON)) ? ReviewState.DUE_SOON : ReviewState.SCHEDULED;
    }
}
