package org.peelrms.web.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peelrms.restriction.api.RestrictableRecords;

class WithheldInHistoryTest {
    private static final Map<String, Set<Long>> HIDDEN = new HashMap<>();

    static {
        RestrictableRecords.ALL.forEach(type -> HIDDEN.put(type, Set.of()));
        HIDDEN.put(RestrictableRecords.PERSON, Set.of(123L));
        HIDDEN.put(RestrictableRecords.CRIME, Set.of(403L));
    }

    @Test
    void aValueNamingAHiddenPerson_becomesRestrictedPerson_andOnlyThatOne() {
        assertThat(WithheldInHistory.withheld("Ann QUARRENDELL (person 123) as victim", HIDDEN)).isEqualTo("Restricted person");
        assertThat(WithheldInHistory.withheld("Bob JONES (person 1234) as witness", HIDDEN))
                .isEqualTo("Bob JONES (person 1234) as witness");
        assertThat(WithheldInHistory.withheld(null, HIDDEN)).isNull();
    }

    @Test
    void aHiddenCrimeIsWithheld_fromAReportsLine() {
        assertThat(WithheldInHistory.withheld("CR/2026/000123 (crime 403), CR/2026/000124 (crime 404)", HIDDEN))
                .isEqualTo("Restricted record");
        assertThat(WithheldInHistory.names("recorded as crime: CR/2026/000123 (crime 403)", HIDDEN)).isTrue();
        assertThat(WithheldInHistory.names("linked person 123 as victim", HIDDEN)).isTrue();
        assertThat(WithheldInHistory.names("linked person 12 as victim; crime 4030", HIDDEN)).isFalse();
    }
}
