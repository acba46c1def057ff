package org.peelrms.nominal.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names in Cyrillic, Greek and Arabic script are found by their Latin spelling, and the other way round. */
class TransliterationTest {
    private static final LocalDate BORN = LocalDate.of(1979, 6, 2);
    private final NameMatcher matcher = new NameMatcher(NameVariants.shipped());
    private final NameKeys keys = new NameKeys(NameVariants.shipped());

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "Шевченко, shevchenko",
        "Сергей, sergey",
        "Олександр, oleksandr",
        "Παπαδόπουλος, papadopoulos",
        "Ελένη, eleni",
        "محمد, mhmd",
        "Łukasz, lukasz",
        "Smith, smith"})
    void aNameInAnyScript_isFoldedToPlainLatin(String written, String folded) {
        assertThat(Names.fold(written)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "{0} {1} finds {2} {3}: {4}")
    @CsvSource(delimiter = '|', value = {
        "Шевченко     | Тарас      | Taras    | Shevchenko   | surname Shevchenko written differently",
        "Иванов       | Сергей     | Sergei   | Ivanov       | forename Sergey is a form of Sergei",
        "Ivanov       | Sergei     | Сергей   | Иванов       | forename Sergei is a form of Sergey",
        "Коваленко    | Олександр  | Alexander| Kovalenko    | forename Oleksandr is a form of Alexander",
        "Papadopoulos | Giorgos    | Γιώργος  | Παπαδόπουλος | surname Παπαδόπουλος written differently",
        "Δημητρίου    | Ελένη      | Eleni    | Dimitriou    | forename exact",
        "حسين         | محمد       | Mohammed | Hussain      | forename Mhmd is a form of Mohammed",
        "Hussein      | Ahmed      | أحمد     | حسين         | surname Hussein is a form of حسين"})
    void aNameWrittenInOneScript_findsItWrittenInAnother(String surname, String forenames, String recordedForenames,
            String recordedSurname, String reason) {
        NameMatch found = matcher.match(new NameQuery(surname, forenames, BORN),
                List.of(new RecordedName("current name", recordedForenames, recordedSurname, BORN)));
        assertThat(found.score()).isGreaterThanOrEqualTo(NameSearchCalibration.CUT_OFF);
        assertThat(found.explanation()).contains(reason);
    }

    @Test
    void aPersonOnFileInCyrillic_hasTheLatinSearchKeys_soALatinQueryBringsThemUp() {
        assertThat(keys.indexKeys(List.of(new RecordedName("current name", "Тарас", "Шевченко", BORN))))
                .contains("s:shevchenko", "f:taras");
        assertThat(keys.queryKeys(new NameQuery("Шевченко", "Тарас", null))).containsKeys("s:shevchenko", "f:taras");
    }

    @Test
    void anArabicNameWithoutVowels_isComparedByItsConsonants() {
        NameMatch found = matcher.match(new NameQuery("خالد", "", BORN),
                List.of(new RecordedName("current name", "", "Khaled", BORN)));
        assertThat(found.score()).isGreaterThanOrEqualTo(NameSearchCalibration.CUT_OFF);
    }
}
