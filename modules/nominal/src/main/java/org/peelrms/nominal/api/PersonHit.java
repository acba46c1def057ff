package org.peelrms.nominal.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One result of a name search, best first: who, how well they match (0 to 1), and why, e.g.
 * ["matched alias 'Bill Smyth'", "forename Bill is a form of William", "surname sounds like Smith",
 * "date of birth exact"].
 */
public record PersonHit(long id, String reference, String name, LocalDate dateOfBirth, Sex sex, double score,
        List<String> explanation, List<String> markers) {
}
