package org.peelrms.crime.internal;

import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.People;
import org.peelrms.nominal.api.PersonReference;

/**
 * Finds a person on the people index by id, through the nominal module's API, to link them to a report
 * or crime. Looking them up opens no record (ADR 0041): the link is audited, not a view of the person.
 */
final class PeopleOnFile {
    private PeopleOnFile() {
    }

    /**
     * The person, with their name ("John SMITH") and their id as it stands now: the survivor's, if the id given is
     * of a person merged into another (ADR 0046), so that the link names the survivor. Refused when there is no
     * such person.
     */
    static PersonReference person(People people, long personId) {
        return people.reference(personId, null)
                .orElseThrow(() -> new InvalidInput("There is no person " + personId + " on the people index;"
                        + " search for them, or put them on file first."));
    }
}
