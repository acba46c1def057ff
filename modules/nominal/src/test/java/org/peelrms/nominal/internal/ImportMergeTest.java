package org.peelrms.nominal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.nominal.api.NameType;
import org.peelrms.nominal.api.OtherName;
import org.peelrms.nominal.api.PersonDetails;
import org.peelrms.nominal.api.Sex;
import org.peelrms.nominal.internal.importing.ImportRow;

/** A re-import never loses what an officer entered, and changes only what the source itself changed. */
class ImportMergeTest {
    private static final LocalDate BORN = LocalDate.of(1980, 5, 1);
    private static final Stamp IMPORT = Stamp.now("admin");
    private static final Stamp OFFICER = Stamp.now("officer");

    private static ImportRow row(String surname, LocalDate born, String... aliases) {
        return new ImportRow(2, "REF-1", surname, "Ann", born, Sex.FEMALE,
                List.of(aliases).stream().map(alias -> new OtherName(NameType.ALIAS, alias.split(" ")[0],
                        alias.split(" ")[1], null)).toList());
    }

    private static Person imported(ImportRow row) {
        Person person = new Person(row.reference(), ImportMerge.source(row), IMPORT);
        ImportMerge.apply(person, row, IMPORT);
        return person;
    }

    @Test
    void reimportingTheSameFile_afterAnOfficersCorrection_keepsTheCorrection_andChangesNothing() {
        ImportRow row = row("Smith", BORN, "Annie Smyth");
        Person person = imported(row);
        person.correct(new PersonDetails("Smith", "Ann", LocalDate.of(1980, 5, 11), Sex.FEMALE, 168, "12/345678A"), OFFICER);
        person.addOtherName(NameType.PREVIOUS, "Ann", "Jones", null, OFFICER);

        ImportMerge.Outcome again = ImportMerge.apply(person, row, IMPORT);

        assertFalse(again.changed(), again.summary());
        PersonDetails now = person.details();
        assertEquals(LocalDate.of(1980, 5, 11), now.dateOfBirth());
        assertEquals(168, now.heightCm());
        assertEquals("12/345678A", now.pncId());
        assertEquals(List.of("Annie SMYTH", "Ann JONES"), active(person));
    }

    @Test
    void aValueTheSourceChanged_isApplied_andEachFieldChangeIsListed_whileHeightAndPncIdStay() {
        Person person = imported(row("Smith", BORN));
        person.correct(new PersonDetails("Smith", "Ann", BORN, Sex.FEMALE, 168, "12/345678A"), OFFICER);

        ImportMerge.Outcome outcome = ImportMerge.apply(person, row("Smithe", LocalDate.of(1981, 5, 1)), IMPORT);

        assertTrue(outcome.changed());
        assertTrue(outcome.changes().contains(FieldChange.of("surname", "Smith", "Smithe")), outcome.changes().toString());
        assertTrue(outcome.changes().contains(FieldChange.of("date of birth", BORN, LocalDate.of(1981, 5, 1))));
        assertEquals(168, person.details().heightCm());
        assertEquals("12/345678A", person.details().pncId());
    }

    @Test
    void anImportedAliasNoLongerInTheFile_isEnded_notDeleted_andAnOfficersNameIsNeverTouched() {
        Person person = imported(row("Smith", BORN, "Annie Smyth"));
        person.addOtherName(NameType.ALIAS, "Nancy", "Smith", null, OFFICER);

        ImportMerge.Outcome outcome = ImportMerge.apply(person, row("Smith", BORN, "Anne Smithers"), IMPORT);

        assertEquals(3, person.otherNames().size(), "no name deleted");
        assertEquals(List.of("Nancy SMITH", "Anne SMITHERS"), active(person));
        assertTrue(outcome.changes().contains(FieldChange.of("other name", "alias 'Annie SMYTH'", null)),
                outcome.changes().toString());
        assertTrue(outcome.changes().contains(FieldChange.of("other name", null, "alias 'Anne SMITHERS'")));
    }

    @Test
    void anAliasAlreadyOnFile_inAnySpellingOfCase_isNotAddedTwice() {
        Person person = imported(row("Smith", BORN));
        person.addOtherName(NameType.ALIAS, "annie", "smyth", null, OFFICER);

        ImportMerge.Outcome outcome = ImportMerge.apply(person, row("Smith", BORN, "Annie Smyth"), IMPORT);

        assertFalse(outcome.changed(), outcome.summary());
        assertEquals(List.of("annie SMYTH"), active(person));
    }

    private static List<String> active(Person person) {
        return person.otherNames().stream().filter(PersonName::active).map(PersonName::display).toList();
    }
}
