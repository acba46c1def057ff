package org.peelrms.crime.internal;

import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.People;
import org.peelrms.nominal.api.PersonRecord;

/**
 * Finds a person on the people index by id, through the nominal module's API, to link them to a report
 * or crime. Looking them up is a view of their record, which the nominal module audits.
 */
final class PeopleOnFile {
    private PeopleOnFile() {
    }

    /** The person's name, "John SMITH"; refused when there is no such person. */
    static String name(People people, long personId) {
        return people.record(personId).map(PersonRecord::displayName)
                .orElseThrow(() -> new InvalidInput("There is no person " + personId + " on the people index;"
                        + " search for them, or put them on file first."));
    }
}
