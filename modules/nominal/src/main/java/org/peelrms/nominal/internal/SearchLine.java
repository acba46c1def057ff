package org.peelrms.nominal.internal;

import java.time.LocalDate;
import java.util.List;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.NameSearch;
import org.peelrms.nominal.internal.matching.NameQuery;
import org.peelrms.nominal.internal.matching.NameReadings;

/**
 * The one line an officer types into the search box, read every reasonable way ({@link NameReadings}):
 * the search ranks the union of what the readings find. The first reading stands for the search in
 * the audit log and for the sensitive options, with the line as typed.
 *
 * @param search   the first reading, as a structured search
 * @param readings every reading, the first included
 */
record SearchLine(NameSearch search, List<NameQuery> readings) {

    static SearchLine parse(String line, int limit) {
        NameReadings.Read read = NameReadings.of(line, LocalDate.now());
        if (read.notADate() != null) {
            throw new InvalidInput("\"" + read.notADate() + "\" is not a date; write dates of birth as 12/03/1985.");
        }
        if (read.queries().isEmpty()) {
            throw new InvalidInput("Type a name to look for, e.g. \"SMYTH John 12/03/1985\".");
        }
        NameQuery first = read.queries().get(0);
        return new SearchLine(new NameSearch(first.surname(), first.forenames(), first.dateOfBirth(), first.yearOfBirth(),
                null, limit), read.queries());
    }
}
