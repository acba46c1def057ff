package org.peelrms.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.peelrms.kernel.InvalidInput;

class OutOfHoursTest {

    @Test
    void aWindowAcrossMidnight_holdsTheEveningAndTheEarlyMorning() {
        OutOfHours night = OutOfHours.parse("19:00-07:00");
        assertThat(night.contains(LocalTime.of(19, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(23, 59))).isTrue();
        assertThat(night.contains(LocalTime.of(0, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(6, 59))).isTrue();
        assertThat(night.contains(LocalTime.of(7, 0))).isFalse();
        assertThat(night.contains(LocalTime.of(12, 0))).isFalse();
        assertThat(night.contains(LocalTime.of(18, 59))).isFalse();
    }

    @Test
    void aWindowWithinOneDay_holdsOnlyItsHours() {
        OutOfHours lunch = OutOfHours.parse(" 12:00 - 14:30 ");
        assertThat(lunch.contains(LocalTime.of(12, 0))).isTrue();
        assertThat(lunch.contains(LocalTime.of(14, 29))).isTrue();
        assertThat(lunch.contains(LocalTime.of(14, 30))).isFalse();
        assertThat(lunch.contains(LocalTime.of(3, 0))).isFalse();
        assertThat(lunch).hasToString("12:00-14:30");
    }

    @Test
    void aWindowWrittenWrongly_isRefusedWithTheFormToUse() {
        assertThatThrownBy(() -> OutOfHours.parse("7pm to 7am")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("19:00-07:00");
        assertThatThrownBy(() -> OutOfHours.parse("25:00-07:00")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> OutOfHours.parse("08:00-08:00")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("same time");
    }

    @Test
    void withoutAWindowGiven_theInstallationsIsUsed() {
        assertThat(OutOfHours.givenOrConfigured(null)).hasToString(OutOfHours.DEFAULT);
        System.setProperty(OutOfHours.PROPERTY, "20:00-06:00");
        try {
            assertThat(OutOfHours.givenOrConfigured(" ")).hasToString("20:00-06:00");
            assertThat(OutOfHours.givenOrConfigured("22:00-05:00")).hasToString("22:00-05:00");
        } finally {
            System.clearProperty(OutOfHours.PROPERTY);
        }
    }
}
