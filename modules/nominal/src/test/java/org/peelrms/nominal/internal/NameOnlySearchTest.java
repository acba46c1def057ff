package org.peelrms.nominal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peelrms.nominal.api.NameSearch;
import org.peelrms.nominal.api.PersonHit;
import org.peelrms.nominal.internal.matching.NameSearchCalibration;

/**
 * A search without a date of birth, on a real index: everyone with the names as given is shown, but
 * of the people whose names only resemble them (Sarah for Sally) only the best few.
 */
class NameOnlySearchTest {
    private static PeopleOnIndex index;

    @BeforeAll
    static void sixSarahGrimshawsAndTwoSallies() {
        List<String> lines = new ArrayList<>(List.of("ref,surname,forenames,dob,sex,aliases"));
        for (int i = 1; i <= 6; i++) {
            lines.add("S%02d,Grimshaw,Sarah,19%d0-04-0%d,F,".formatted(i, 3 + i, i));
        }
        lines.add("A01,Grimshaw,Sally,1971-02-03,F,");
        lines.add("A02,Grimshaw,Sally Anne,1992-05-06,F,");
        index = PeopleOnIndex.imported(lines);
    }

    @AfterAll
    static void dropTheIndex() {
        index.close();
    }

    private static List<String> found(String surname, String forenames, LocalDate born) {
        return index.find(new NameSearch(surname, forenames, born, null, null, 10)).stream().map(PersonHit::reference).toList();
    }

    @Test
    void withoutADate_everyoneWithTheNamesAsGiven_isShown() {
        List<String> sarah = found("Grimshaw", "Sarah", null);
        assertThat(sarah.subList(0, 6)).containsExactlyInAnyOrder("S01", "S02", "S03", "S04", "S05", "S06");
        assertThat(sarah).hasSize(6 + 2);
        List<String> sally = found("Grimshaw", "Sally", null);
        assertThat(sally.subList(0, 2)).containsExactlyInAnyOrder("A01", "A02");
        assertThat(sally).hasSize(2 + NameSearchCalibration.RESEMBLANCES_UNDATED);
    }

    @Test
    void withoutADate_onlyTheBestFewWhoseNamesResemble_areShown() {
        assertThat(found("Grimshaw", "Sara", null)).hasSize(NameSearchCalibration.RESEMBLANCES_UNDATED);
    }

    @Test
    void withADate_theOneBornThatDay_comesFirst_whateverTheFormOfTheName() {
        assertThat(found("Grimshaw", "Sally", LocalDate.of(1960, 4, 3))).first().isEqualTo("S03");
    }
}
