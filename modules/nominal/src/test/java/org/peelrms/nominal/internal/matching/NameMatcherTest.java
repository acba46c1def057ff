package org.peelrms.nominal.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each kind of slip an officer meets scores above the cut-off, and says why. */
class NameMatcherTest {
    private static final LocalDate BORN = LocalDate.of(1985, 3, 12);
    private final NameMatcher matcher = new NameMatcher(NameVariants.shipped());

    private NameMatch match(String surname, String forenames, LocalDate dob, RecordedName... names) {
        return matcher.match(new NameQuery(surname, forenames, dob), List.of(names));
    }

    private static RecordedName current(String forenames, String surname) {
        return new RecordedName("current name", forenames, surname, BORN);
    }

    @ParameterizedTest(name = "{0} {1} finds {2} {3}: {4}")
    @CsvSource(delimiter = '|', value = {
        "Smith        | John      | John      | Smith          | forename exact; surname exact; date of birth exact",
        "Smyth        | John      | John      | Smith          | surname one letter out from Smith",
        "Smtih        | John      | John      | Smith          | surname one letter out from Smith",
        "Smythe       | Jon       | John      | Smith          | surname sounds like Smith",
        "Smith        | Bill      | William   | Smith          | forename Bill is a form of William",
        "Smith        | Peggy     | Margaret  | Smith          | forename Peggy is a form of Margaret",
        "Muhammad     | Ali       | Ali       | Mohammed       | surname Muhammad is a form of Mohammed",
        "Lukasz       | Kowalski  | Łukasz    | Kowalski       | matched with forename and surname swapped",
        "Kowalski     | Lukasz    | Łukasz    | Kowalski       | forename exact",
        "Mueller      | Hans      | Hans      | Müller         | surname Müller written differently",
        "Muller       | Hans      | Hans      | Müller         | surname Müller written differently",
        "Foster       | Callum    | Callum    | Davies-Foster  | one part of the surname Davies-Foster",
        "Smith        | J         | John      | Smith          | initial J fits forename John",
        "Smyht        | Bill      | William   | Smith          | forename Bill is a form of William; surname sounds like Smith",
        "Smith        | Johnny    | Jonathan  | Smith          | forename Johnny is a form of Jonathan",
        "Smith        | Johnny    | John      | Smith          | forename Johnny is a form of John",
        "Kowalska     | Kasia     | Katarzyna | Kowalska       | forename Kasia is a form of Katarzyna",
        "Shevchenko   | Misha     | Mikhail   | Shevchenko     | forename Misha is a form of Mikhail",
        "Smith        | Billie    | William   | Smith          | forename Billie one letter out from Willie, a form of William",
        "Smith        | Fhaat     | Fahad     | Smith          | forename two letters out from Fahad",
    })
    void aSlip_stillFindsThePerson_andSaysWhy(String surname, String forenames, String recordedForenames,
            String recordedSurname, String reason) {
        NameMatch found = match(surname, forenames, BORN, current(recordedForenames, recordedSurname));
        assertThat(found.score()).isGreaterThanOrEqualTo(NameSearchCalibration.CUT_OFF);
        assertThat(found.explanation()).startsWith("current name: ").contains(reason);
    }

    @Test
    void anAlias_isMatchedLikeTheCurrentName_andNamed() {
        NameMatch found = match("Smyth", "Bill", BORN, current("Robert", "Jones"),
                new RecordedName("alias 'Bill Smyth'", "Bill", "Smyth", null));
        assertThat(found.score()).isGreaterThan(0.8);
        assertThat(found.explanation()).isEqualTo("alias 'Bill Smyth': forename exact; surname exact");
    }

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource({
        "1985-12-03, 1985-03-12, day and month swapped",
        "1986-03-12, 1985-03-12, a year out",
        "1985-03-13, 1985-03-12, one digit out",
        "2000-02-28, 2000-02-29, one digit out",
        "1999-02-28, 2000-02-29, a year out"})
    void aDateOfBirthSlip_isForgiven(LocalDate asked, LocalDate recorded, String reason) {
        NameMatch found = matcher.match(new NameQuery("Smith", "John", asked),
                List.of(new RecordedName("current name", "John", "Smith", recorded)));
        assertThat(found.score()).isGreaterThan(0.8);
        assertThat(found.explanation()).contains(reason);
    }

    @Test
    void aDifferentDateOfBirth_fallsBelowTheCutOff_evenWithTheSameName() {
        NameMatch found = match("Smith", "John", LocalDate.of(1962, 7, 30), current("John", "Smith"));
        assertThat(found.score()).isLessThan(NameSearchCalibration.CUT_OFF);
        assertThat(found.explanation()).contains("date of birth differs (1985-03-12 on file)");
    }

    @Test
    void oneSlipInEachPart_withoutADateOfBirth_isStillShown_butTwoSlipsInAShortName_needTheDate() {
        assertThat(match("Smiht", "Jhon", null, current("John", "Smith")).score())
                .isGreaterThanOrEqualTo(NameSearchCalibration.CUT_OFF);
        assertThat(match("Smith", "Fhaat", null, current("Fahad", "Smith")).score())
                .isLessThan(NameSearchCalibration.CUT_OFF);
    }

    @Test
    void aDifferentName_isNoMatch() {
        assertThat(match("Okonkwo", "Chidi", BORN, current("John", "Smith")).score())
                .isLessThan(NameSearchCalibration.CUT_OFF);
    }

    @Test
    void theSurnameAlone_withTheDateOfBirth_isEnough() {
        NameMatch found = match("Smith", "", BORN, current("John", "Smith"));
        assertThat(found.score()).isEqualTo(1.0);
        assertThat(found.explanation()).isEqualTo("current name: surname exact; date of birth exact");
    }

    /**
     * Chinese and Vietnamese names: a surname in another romanisation (Mandarin pinyin, Wade-Giles,
     * Cantonese, Hokkien, Vietnamese), the family name given first, a two-part given name written as
     * one word, apart or hyphenated.
     */
    @ParameterizedTest(name = "{0} {1} finds {2} {3}: {4}")
    @CsvSource(delimiter = '|', value = {
        "Wang         | Xiaoming  | Xiao Ming | Wang       | forenames Xiao Ming written as one word",
        "Wang         | Xiao-Ming | Xiaoming  | Wang       | forenames Xiaoming written as separate words",
        "Wang         | Xiao Ming | Xiaoming  | Wang       | forenames Xiaoming written as separate words",
        "Xiaoming     | Wang      | Xiao Ming | Wang       | matched with forename and surname swapped",
        "Ming         | Wang Xiao | Xiao Ming | Wang       | matched with forename and surname swapped",
        "Wong         | Karen     | Karen     | Huang      | surname Wong is a form of Huang",
        "Chiu         | Na        | Na        | Zhao       | surname Chiu is a form of Zhao",
        "Cheung       | Wing Sze  | Wing Sze  | Zhang      | surname Cheung is a form of Zhang",
        "Tan          | Mei Ling  | Mei Ling  | Chen       | surname Tan is a form of Chen",
        "Lau          | Ka Wai    | Ka Wai    | Liu        | surname Lau is a form of Liu",
        "Truong       | Minh      | Minh      | Zhang      | surname Truong is a form of Zhang",
        "Nguyen       | An        | Van An    | Nguyen     | forename exact (a middle name)",
        "Nguyen Van   | An        | An        | Nguyen     | one part of the surname Nguyen",
    })
    void aChineseOrVietnameseName_inAnotherOrderSplitOrRomanisation_stillFindsThePerson(String surname,
            String forenames, String recordedForenames, String recordedSurname, String reason) {
        NameMatch found = match(surname, forenames, BORN, current(recordedForenames, recordedSurname));
        assertThat(found.score()).isGreaterThanOrEqualTo(NameSearchCalibration.CUT_OFF);
        assertThat(found.explanation()).contains(reason);
    }

    @Test
    void aGivenNameWrittenAsOneWord_hasTheKeysOfTheNameWrittenApart() {
        NameKeys keys = new NameKeys(NameVariants.shipped());
        assertThat(keys.indexKeys(List.of(current("Xiao Ming", "Wang")))).contains("f:xiaoming");
        assertThat(keys.queryKeys(new NameQuery("Wang", "Xiao-Ming", null))).containsKey("f:xiaoming");
        assertThat(keys.queryKeys(new NameQuery("Wang", "Xiaoming", null))).containsKey("f:xiaoming");
    }

    @Test
    void twoDifferentGivenNames_doNotAgreeBecauseTheirSyllablesCouldBeJoined() {
        NameMatch found = match("Wang", "Xiaoming", null, current("Xiao Long", "Wang"));
        assertThat(found.score()).isLessThan(NameSearchCalibration.CUT_OFF);
    }
}
