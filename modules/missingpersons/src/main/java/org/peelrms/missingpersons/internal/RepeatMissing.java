package org.peelrms.missingpersons.internal;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Repeat missing persons: people with more than one episode, counted by the person's id on the people index. */
final class RepeatMissing {
    private RepeatMissing() {
    }

    /** Episodes per person. */
    static Map<Long, Long> episodesByPerson(Collection<Long> personIdOfEachCase) {
        return personIdOfEachCase.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** How many people went missing more than once. */
    static int repeatPersons(Collection<Long> personIdOfEachCase) {
        return (int) episodesByPerson(personIdOfEachCase).values().stream().filter(n -> n > 1).count();
    }

    /** How many cases were of people who went missing more than once. */
    static int repeatCases(Collection<Long> personIdOfEachCase) {
        return episodesByPerson(personIdOfEachCase).values().stream().filter(n -> n > 1).mapToInt(Long::intValue).sum();
    }
}
