package org.peelrms.nominal.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One result of a name search, best first: who, how well they match (0 to 1), and why, e.g.
 * ["matched alias 'Bill Smyth'", "forename Bill is a form of William", "surname sounds like Smith",
 * "date of birth exact"].
 *
 * @param missingEpisodes the days the person was reported missing, oldest first (empty: never), from the people
 *                        index's own read model of the missing persons module's events (ADR 0042)
 */
public record PersonHit(long id, String reference, String name, LocalDate dateOfBirth, Sex sex, double score,
        List<String> explanation, List<String> markers, List<LocalDate> missingEpisodes) implements Serializable {

    public PersonHit {
        missingEpisodes = missingEpisodes == null ? List.of() : List.copyOf(missingEpisodes);
    }

    /** A hit as the name search finds it, before its missing episodes are added. */
    public PersonHit(long id, String reference, String name, LocalDate dateOfBirth, Sex sex, double score,
            List<String> explanation, List<String> markers) {
        this(id, reference, name, dateOfBirth, sex, score, explanation, markers, List.of());
    }

    public PersonHit withMissingEpisodes(List<LocalDate> days) {
        return new PersonHit(id, reference, name, dateOfBirth, sex, score, explanation, markers, days);
    }
}
