package org.peelrms.crime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peelrms.kernel.InvalidInput;

/** Crime reference numbers in a force's own format. */
class CrimeNumberFormatTest {

    @Test
    void theDefault_isTheYearAndSixDigits() {
        assertThat(new CrimeNumberFormat(CrimeNumberFormat.DEFAULT).format(2026, 123)).isEqualTo("CR/2026/000123");
    }

    @Test
    void aForceFormat_withTwoDigitYearAndUnpaddedNumber() {
        assertThat(new CrimeNumberFormat("LC-{yy}{seq:5}-X").format(2027, 42)).isEqualTo("LC-2700042-X");
        assertThat(new CrimeNumberFormat("{seq}/{yy}").format(2026, 1234567)).isEqualTo("1234567/26");
    }

    @Test
    void aFormatWithoutASequence_orWithAnUnknownPlaceholder_isRefused() {
        assertThatThrownBy(() -> new CrimeNumberFormat("CR/{yyyy}")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("no {seq}");
        assertThatThrownBy(() -> new CrimeNumberFormat("CR/{month}/{seq}")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("placeholder Peel does not know");
    }

    @Test
    void theConfiguredFormat_comesFromTheSystemProperty() {
        System.setProperty(CrimeNumberFormat.PROPERTY, "NW/{yyyy}/{seq:4}");
        try {
            assertThat(CrimeNumberFormat.configured().format(2026, 7)).isEqualTo("NW/2026/0007");
        } finally {
            System.clearProperty(CrimeNumberFormat.PROPERTY);
        }
        assertThat(CrimeNumberFormat.configured().toString()).isEqualTo(CrimeNumberFormat.DEFAULT);
    }
}
