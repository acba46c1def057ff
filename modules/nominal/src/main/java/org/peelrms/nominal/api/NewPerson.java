package org.peelrms.nominal.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A whole person to put on file at once, as another system holds them: details, other names, warning
 * markers and identifying marks ({@link PeopleImports#putOnFile}).
 */
public record NewPerson(String reference, String forenames, String surname, LocalDate dateOfBirth, Sex sex,
        Integer heightCm, List<OtherName> otherNames, List<MarkerType> markers, List<Mark> marks) {

    /** An identifying mark: a scar, a tattoo… and where on the body. */
    public record Mark(MarkKind kind, String description, String bodyLocation) {
    }
}
