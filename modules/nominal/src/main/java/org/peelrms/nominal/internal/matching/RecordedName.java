package org.peelrms.nominal.internal.matching;

import java.time.LocalDate;

/**
 * One name a person is on file under, as the matcher sees it.
 *
 * @param label       how the explanation names it: "current name", "alias 'Bill Smyth'"
 * @param dateOfBirth the date of birth given with this name (an alias's own, else the person's)
 */
public record RecordedName(String label, String forenames, String surname, LocalDate dateOfBirth) {
}
