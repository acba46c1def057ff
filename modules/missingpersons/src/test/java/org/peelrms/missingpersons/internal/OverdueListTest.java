package org.peelrms.missingpersons.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrms.missingpersons.api.OpenCase;
import org.peelrms.missingpersons.api.RiskLevel;

class OverdueListTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-10-25T01:30:00+01:00");

    private static OpenCase open(long id, RiskLevel level, OffsetDateTime due) {
        return new OpenCase(id, 100 + id, "Person " + id, false, level, true, NOW.minusHours(10), Duration.ofHours(11),
                due, Intervals.state(level, due, NOW), 1);
    }

    private final List<OpenCase> cases = List.of(
            open(1, RiskLevel.LOW, NOW.plusHours(20)),            // scheduled
            open(2, RiskLevel.HIGH, NOW.minusMinutes(10)),        // overdue by 10 minutes
            open(3, RiskLevel.MEDIUM, NOW.minusHours(3)),         // overdue by 3 hours
            open(4, RiskLevel.HIGH, NOW.plusMinutes(30)),         // due soon
            open(5, null, null),                                  // not graded yet
            open(6, RiskLevel.VERY_LOW, NOW.plusMinutes(61)));    // scheduled

    @Test
    void theReviewsDueList_putsUngradedFirst_thenTheLongestOverdue_thenDueSoon_andLeavesOutTheScheduled() {
        assertThat(Dashboard.reviewsDue(cases)).extracting(OpenCase::id).containsExactly(5L, 3L, 2L, 4L);
    }

    @Test
    void theDashboard_putsUngradedFirst_thenHighestRisk_thenSoonestReview() {
        assertThat(Dashboard.byRisk(cases)).extracting(OpenCase::id).containsExactly(5L, 2L, 4L, 3L, 1L, 6L);
    }

    @Test
    void timeMissing_readsAsDaysAndHours() {
        assertThat(open(1, RiskLevel.LOW, NOW).missingForText()).isEqualTo("11 h 0 min");
        assertThat(new OpenCase(9, 9, "x", false, RiskLevel.LOW, true, NOW, Duration.ofMinutes(3 * 1440 + 125), NOW,
                null, 1).missingForText()).isEqualTo("3 d 2 h");
    }
}
