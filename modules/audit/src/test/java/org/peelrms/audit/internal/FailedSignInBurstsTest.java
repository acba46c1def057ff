package org.peelrms.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailedSignInBurstsTest {
    private static final OffsetDateTime NINE = OffsetDateTime.parse("2026-11-30T09:00:00Z");

    @Test
    void theWorstBurst_isTheMostFailuresWithinTheWindow() {
        List<OffsetDateTime> times = List.of(NINE, NINE.plusMinutes(1), NINE.plusMinutes(30), NINE.plusMinutes(31),
                NINE.plusMinutes(35), NINE.plusMinutes(40), NINE.plusMinutes(52));
        assertThat(FailedSignInBursts.mostWithin(times, Duration.ofMinutes(10))).isEqualTo(4);
    }

    @Test
    void oneFailure_isABurstOfOne_andNoneIsNone() {
        assertThat(FailedSignInBursts.mostWithin(List.of(NINE), Duration.ofMinutes(10))).isEqualTo(1);
        assertThat(FailedSignInBursts.mostWithin(List.of(), Duration.ofMinutes(10))).isZero();
    }
}
