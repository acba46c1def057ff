package org.peelrms.nominal.internal.importing;

import java.time.LocalDate;
import java.util.List;
import org.peelrms.nominal.api.OtherName;
import org.peelrms.nominal.api.Sex;

/** One good row of an import file: a person and their aliases. */
public record ImportRow(int line, String reference, String surname, String forenames, LocalDate dateOfBirth, Sex sex,
        List<OtherName> aliases) {
}
