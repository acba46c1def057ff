package org.peelrms.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.peelrms.audit.internal.SealingOrder.Unsealed;

/** The sealer seals in insertion order, waits a moment at a gap that may still fill, and never strands an entry. */
class SealingOrderTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 4, 0, 0, 0, ZoneOffset.UTC);
    private static final SealingOrder ORDER = new SealingOrder(Duration.ofSeconds(1));

    private static Unsealed written(long appended, long millisAgo) {
        return new Unsealed(appended, NOW.minusNanos(millisAgo * 1_000_000));
    }

    private static List<Long> sealed(long lastSealed, Unsealed... visible) {
        return ORDER.toSeal(List.of(visible), Function.identity(), lastSealed, NOW).stream().map(Unsealed::appended)
                .toList();
    }

    @Test
    void entriesWithNoGap_areAllSealed_inInsertionOrder() {
        assertThat(sealed(0, written(1, 10), written(2, 5), written(3, 1))).containsExactly(1L, 2L, 3L);
        assertThat(sealed(40, written(41, 10), written(42, 5))).containsExactly(41L, 42L);
    }

    @Test
    void atAFreshGap_theSealerStops_becauseTheMissingEntryMayStillCommit() {
        // 3 is in flight (taken before 4, not yet committed): 4 and 5 wait, so 3 keeps its place before them.
        assertThat(sealed(0, written(1, 300), written(2, 200), written(4, 100), written(5, 50)))
                .containsExactly(1L, 2L);
        // The same just after the newest sealed entry.
        assertThat(sealed(2, written(4, 100), written(5, 50))).isEmpty();
    }

    @Test
    void whenTheMissingEntryCommits_itIsSealedInItsPlace() {
        assertThat(sealed(2, written(3, 400), written(4, 300), written(5, 250))).containsExactly(3L, 4L, 5L);
    }

    @Test
    void anOldGap_isPassed_forItWasRolledBackOrBelongsToALongTransaction() {
        assertThat(sealed(0, written(1, 5000), written(3, 1500), written(4, 900), written(6, 10)))
                .as("passes the gap at 2 (3 is older than the grace), stops at 5 (6 is fresh)")
                .containsExactly(1L, 3L, 4L);
    }

    @Test
    void aLatecomerNumberedBelowTheChainsNewest_isSealedAtOnce_andNeverStranded() {
        // 7 was sealed while 5 was still in a long transaction; 5 commits now and is sealed next.
        assertThat(sealed(7, written(5, 30_000))).containsExactly(5L);
        assertThat(sealed(7, written(5, 30_000), written(8, 10))).containsExactly(5L, 8L);
        assertThat(sealed(7, written(5, 30_000), written(9, 10))).as("but a fresh gap after it still holds 9 back")
                .containsExactly(5L);
    }

    @Test
    void nothingUnsealed_nothingToSeal() {
        assertThat(sealed(12)).isEmpty();
    }
}
