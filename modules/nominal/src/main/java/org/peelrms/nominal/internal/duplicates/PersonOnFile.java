package org.peelrms.nominal.internal.duplicates;

import java.time.LocalDate;
import java.util.List;
import org.peelrms.nominal.internal.matching.RecordedName;

/**
 * One person as the duplicate finder sees them: an id, every name they are on file under (the current
 * one first), their date of birth and sex ("M", "F", or null when not known).
 */
public record PersonOnFile(long id, String reference, List<RecordedName> names, LocalDate dateOfBirth, String sex) {
}
