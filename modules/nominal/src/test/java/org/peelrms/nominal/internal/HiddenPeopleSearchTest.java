package org.peelrms.nominal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peelrms.nominal.api.NameSearch;
import org.peelrms.nominal.api.PersonHit;

/**
 * People hidden from the caller (restricted, the caller not on the list) on a real index: never shown, and never
 * taking a place among the candidates, however many of the best candidates they are (ADR 0048, 0054).
 */
class HiddenPeopleSearchTest {
    private static final LocalDate BORN = LocalDate.of(1980, 1, 1);
    private static final int NAMESAKES = 30;
    private static PeopleOnIndex index;

    @BeforeAll
    static void thirtyJohnHartleysBornTheSameDay_andOneJonHartley() {
        List<String> lines = new ArrayList<>(List.of("ref,surname,forenames,dob,sex,aliases"));
        for (int i = 1; i <= NAMESAKES; i++) {
            lines.add("H%02d,Hartley,John,1980-01-01,M,".formatted(i));
        }
        lines.add("J01,Hartley,Jon,1980-01-01,M,");
        index = PeopleOnIndex.imported(lines);
    }

    @AfterAll
    static void dropTheIndex() {
        index.close();
    }

    private static List<String> found(String forenames, Set<Long> hidden) {
        return index.find(new NameSearch("Hartley", forenames, BORN, null, null, 10), hidden).stream()
                .map(PersonHit::reference).toList();
    }

    /** The people on the first lines of the file: ids 1 to n. */
    private static Set<Long> firstOnFile(int n) {
        return LongStream.rangeClosed(1, n).boxed().collect(Collectors.toSet());
    }

    private static Set<String> references(Set<Long> ids) {
        return ids.stream().map(id -> "H%02d".formatted(id)).collect(Collectors.toSet());
    }

    @Test
    void aCallerFromWhomSomeAreHidden_stillSeesAFullList_ofOthersOnly() {
        Set<Long> hidden = firstOnFile(7);
        List<String> shown = found("John", hidden);
        assertThat(shown).hasSize(10).doesNotContainAnyElementsOf(references(hidden));
    }

    @Test
    void whenEveryoneAmongTheFirstTwentyCandidatesIsHidden_theNextOnesAreShown() {
        Set<Long> hidden = firstOnFile(25);
        List<String> shown = found("John", hidden);
        assertThat(shown).containsExactlyInAnyOrder("H26", "H27", "H28", "H29", "H30", "J01");
    }

    @Test
    void hidingPeople_doesNotChangeTheOrderOfThoseShown() {
        List<String> everyone = found("Jon", Set.of());
        assertThat(everyone).first().isEqualTo("J01");
        List<String> withoutSome = found("Jon", firstOnFile(3));
        assertThat(withoutSome).first().isEqualTo("J01");
        assertThat(withoutSome).doesNotContainAnyElementsOf(references(firstOnFile(3)));
    }
}
