package org.peelrms.nominal.internal;

import java.time.LocalDate;
import org.peelrms.nominal.api.NameType;
import org.peelrms.nominal.api.PersonDetails;
import org.peelrms.nominal.api.Sex;

/** People put together in memory, as an officer would have recorded them, for the tests of other packages. */
public final class PeopleForTests {
    private PeopleForTests() {
    }

    public static Person person(String forenames, String surname, LocalDate born, Stamp stamp) {
        return new Person(null, new PersonDetails(surname, forenames, born, Sex.MALE, null, null), stamp);
    }

    /** Another name, in use. */
    public static PersonName otherName(Person person, NameType type, String forenames, String surname, Stamp stamp) {
        person.addOtherName(type, forenames, surname, null, stamp);
        return person.otherNames().get(person.otherNames().size() - 1);
    }

    /** Another name, ended by {@code ended} (who, and when). */
    public static PersonName endedName(Person person, NameType type, String forenames, String surname, Stamp added,
            Stamp ended) {
        PersonName name = otherName(person, type, forenames, surname, added);
        name.end(ended);
        return name;
    }
}
