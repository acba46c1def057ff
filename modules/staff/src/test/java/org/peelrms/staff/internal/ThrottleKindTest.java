package org.peelrms.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The back-off of the sign-in throttle: free failures, then a wait that doubles up to a ceiling, never a lock. */
class ThrottleKindTest {

    @Test
    void oneAccountFromOneAddress_letsFourSlipsThrough_thenWaitsFiveSecondsDoublingToFifteenMinutes() {
        assertThat(ThrottleKind.ACCOUNT_AT_ADDRESS.holdAfter(4)).isZero();
        assertThat(ThrottleKind.ACCOUNT_AT_ADDRESS.holdAfter(5)).isEqualTo(Duration.ofSeconds(5));
        assertThat(ThrottleKind.ACCOUNT_AT_ADDRESS.holdAfter(6)).isEqualTo(Duration.ofSeconds(10));
        assertThat(ThrottleKind.ACCOUNT_AT_ADDRESS.holdAfter(12)).isEqualTo(Duration.ofSeconds(640));
        assertThat(ThrottleKind.ACCOUNT_AT_ADDRESS.holdAfter(13)).isEqualTo(Duration.ofMinutes(15));
        assertThat(ThrottleKind.ACCOUNT_AT_ADDRESS.holdAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAccountFromAnywhere_neverWaitsMoreThanAMinute_soAStrangerCannotLockItsHolderOut() {
        assertThat(ThrottleKind.ACCOUNT.holdAfter(9)).isZero();
        assertThat(ThrottleKind.ACCOUNT.holdAfter(10)).isEqualTo(Duration.ofSeconds(5));
        assertThat(ThrottleKind.ACCOUNT.holdAfter(1_000_000)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void oneAddress_letsAWholeStationsSlipsThrough() {
        assertThat(ThrottleKind.ADDRESS.holdAfter(99)).isZero();
        assertThat(ThrottleKind.ADDRESS.holdAfter(100)).isEqualTo(Duration.ofSeconds(5));
    }
}
