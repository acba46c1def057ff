package org.peelrms.nominal.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What a write in another module needs of a person it names (booking them in, linking them to a crime, reporting
 * them missing, putting them on a case file): that they are on file, their name, their date of birth and the
 * warning markers in force. Reading it opens no record and is not audited as a view: the write is audited, with the
 * reason given (ADR 0041).
 *
 * @param markers the labels of the warning markers in force, e.g. "Violent"
 */
public record PersonReference(long id, String displayName, LocalDate dateOfBirth, List<String> markers) {
    public PersonReference {
        markers = markers == null ? List.of() : List.copyOf(markers);
    }
}
