package org.peelrms.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TypedDatesTest {

    @Test
    void aDateAsTyped_isThatDate_andIsShownBackTheSameWay() {
        assertThat(TypedDates.date("14/02/1979")).isEqualTo(LocalDate.of(1979, 2, 14));
        assertThat(TypedDates.date(" 1/3/2020 ")).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(TypedDates.date("29/02/2020")).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(TypedDates.date("  ")).isNull();
        assertThat(TypedDates.show(LocalDate.of(1979, 2, 14))).isEqualTo("14/02/1979");
        assertThat(TypedDates.dateTime("07/12/2026 21:05")).isEqualTo(LocalDateTime.of(2026, 12, 7, 21, 5));
        assertThat(TypedDates.show(LocalDateTime.of(2026, 12, 7, 9, 5))).isEqualTo("07/12/2026 09:05");
    }

    @Test
    void aDateThatDoesNotExist_isRefusedSayingWhy_neverMovedToAnother() {
        assertThatThrownBy(() -> TypedDates.date("31/02/2020")).hasMessage("31/02/2020 does not exist: February 2020 has 29 days.");
        assertThatThrownBy(() -> TypedDates.date("29/02/2021")).hasMessageContaining("February 2021 has 28 days");
        assertThatThrownBy(() -> TypedDates.date("12/13/2020")).hasMessageContaining("there is no month 13");
        assertThatThrownBy(() -> TypedDates.dateTime("01/01/2026 24:00")).hasMessageContaining("there is no time 24:00");
    }

    @Test
    void anImplausibleYear_orAnotherShape_isRefused() {
        assertThatThrownBy(() -> TypedDates.date("01/01/0001")).hasMessageContaining("the year 0001 cannot be right");
        assertThatThrownBy(() -> TypedDates.dateTime("01/01/0001 10:00")).hasMessageContaining("the year 0001");
        assertThatThrownBy(() -> TypedDates.date("1982-02-28")).hasMessageContaining("type it as dd/mm/yyyy");
        assertThatThrownBy(() -> TypedDates.date("14/02/79")).hasMessageContaining("type it as dd/mm/yyyy");
        assertThatThrownBy(() -> TypedDates.dateTime("14/02/2026")).hasMessageContaining("dd/mm/yyyy hh:mm");
    }
}
