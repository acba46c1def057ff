package org.peelrms.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The one rule for when something can have happened: since 1900, and not later than now and a few minutes. */
class RequireTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-06-10T22:00:00Z");

    @Test
    void aTimeInThePastOrAFewMinutesAhead_isTaken() {
        assertEquals(NOW.minusYears(3), Require.happened(NOW.minusYears(3), NOW, "The time of arrest"));
        assertEquals(NOW.plusMinutes(4), Require.happened(NOW.plusMinutes(4), NOW, "The time of arrest"));
        assertEquals(Require.EARLIEST_EVENT, Require.happened(Require.EARLIEST_EVENT, NOW, "The time of arrest"));
    }

    @Test
    void aTimeInTheFuture_orBefore1900_isRefusedSayingWhich() {
        assertEquals("The time of arrest is in the future.", assertThrows(InvalidInput.class,
                () -> Require.happened(NOW.plusMinutes(6), NOW, "The time of arrest")).getMessage());
        assertEquals("The time of arrest is before 1900 (0001-01-01); check the year.", assertThrows(InvalidInput.class,
                () -> Require.happened(OffsetDateTime.parse("0001-01-01T00:00:00Z"), NOW, "The time of arrest")).getMessage());
    }
}
