package org.peelrms.nominal.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as a list or a search hit shows them.
 *
 * @param id        Peel's id for the person, the only way other modules refer to them
 * @param reference the external reference given at import (e.g. a legacy-system id), or null
 */
public record PersonSummary(long id, String reference, String forenames, String surname, LocalDate dateOfBirth,
        Sex sex, List<OtherName> otherNames) {

    public String displayName() {
        return PersonNames.display(forenames, surname);
    }
}
