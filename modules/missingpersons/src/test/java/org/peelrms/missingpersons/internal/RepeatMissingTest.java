package org.peelrms.missingpersons.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatMissingTest {

    @Test
    void episodesAreCountedByTheSamePersonId() {
        List<Long> personOfEachCase = List.of(7L, 8L, 7L, 9L, 7L, 8L, 10L);
        assertThat(RepeatMissing.episodesByPerson(personOfEachCase)).containsEntry(7L, 3L).containsEntry(8L, 2L)
                .containsEntry(9L, 1L).containsEntry(10L, 1L);
        assertThat(RepeatMissing.repeatPersons(personOfEachCase)).isEqualTo(2);
        assertThat(RepeatMissing.repeatCases(personOfEachCase)).isEqualTo(5);
    }

    @Test
    void noOneIsARepeat_withOneEpisodeEach_orNone() {
        assertThat(RepeatMissing.repeatPersons(List.of(1L, 2L, 3L))).isZero();
        assertThat(RepeatMissing.repeatCases(List.of())).isZero();
    }
}
