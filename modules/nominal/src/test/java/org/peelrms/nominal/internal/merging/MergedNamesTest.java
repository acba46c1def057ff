package org.peelrms.nominal.internal.merging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrms.nominal.api.NameType;
import org.peelrms.nominal.internal.PeopleForTests;
import org.peelrms.nominal.internal.Person;
import org.peelrms.nominal.internal.PersonName;
import org.peelrms.nominal.internal.Stamp;

/**
 * The names a merge brings to the survivor (ADR 0045): the merged-away current name as an alias in use, and each
 * other name as it was there: a name ended on the merged-away record arrives ended, by the same officer on the
 * same date, not as a name in use again.
 */
class MergedNamesTest {
    private static final Stamp RECORDED = new Stamp("officer", OffsetDateTime.of(2019, 4, 2, 10, 0, 0, 0, ZoneOffset.UTC));
    private static final Stamp ENDED = new Stamp("sergeant", OffsetDateTime.of(2021, 11, 15, 9, 30, 0, 0, ZoneOffset.UTC));
    private static final Stamp MERGED = new Stamp("admin", OffsetDateTime.of(2026, 12, 7, 18, 0, 0, 0, ZoneOffset.UTC));

    @Test
    void anEndedNameOfTheMergedAwayRecord_staysEndedOnTheSurvivor_withWhoEndedItAndWhen() {
        Person survivor = PeopleForTests.person("Mohammed", "Khan", LocalDate.of(1980, 3, 1), RECORDED);
        Person mergedAway = PeopleForTests.person("Muhammad", "Khan", LocalDate.of(1980, 1, 3), RECORDED);
        PeopleForTests.otherName(mergedAway, NameType.ALIAS, "Mo", "Khan", RECORDED);
        PeopleForTests.endedName(mergedAway, NameType.PREVIOUS, "Muhammad", "Ali", RECORDED, ENDED);

        List<PersonName> brought = new MergeMoves(null).copyNames(mergedAway, survivor, 7, "P0002", MERGED);

        assertEquals(List.of("alias Muhammad Khan in use", "alias Mo Khan in use", "previous Muhammad Ali ended"),
                brought.stream().map(MergedNamesTest::shown).toList());
        PersonName previous = named(survivor, "Ali");
        assertFalse(previous.active());
        assertEquals(ENDED.at(), previous.endedAt());
        assertEquals("sergeant", previous.endedBy());
        assertTrue(named(survivor, "Khan").active());
        assertNull(named(survivor, "Khan").endedAt());
    }

    private static PersonName named(Person person, String surname) {
        return person.otherNames().stream().filter(name -> name.surname().equals(surname)).findFirst().orElseThrow();
    }

    private static String shown(PersonName name) {
        return name.nameType().name().toLowerCase() + " " + name.forenames() + " " + name.surname() + " "
                + (name.active() ? "in use" : "ended");
    }
}
