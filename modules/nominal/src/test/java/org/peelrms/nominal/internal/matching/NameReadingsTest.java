package org.peelrms.nominal.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The search box's line read every reasonable way: names in either order, any date format. */
class NameReadingsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static List<String> readings(String line) {
        return NameReadings.of(line, TODAY).queries().stream()
                .map(q -> q.surname() + " / " + q.forenames() + " / " + q.dateOfBirth() + " / " + q.yearOfBirth()).toList();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "Norman Dean 14/09/1992          | 1992-09-14",
        "Norman Dean 14/9/92             | 1992-09-14",
        "Norman Dean 1992-09-14          | 1992-09-14",
        "Norman Dean 14.09.1992          | 1992-09-14",
        "Norman Dean 14-09-1992          | 1992-09-14",
        "Norman Dean 14 09 1992          | 1992-09-14",
        "Norman Dean 14091992            | 1992-09-14",
        "Norman Dean 14 Sep 1992         | 1992-09-14",
        "Norman Dean 14th September 1992 | 1992-09-14",
        "Norman Dean Sept 14, 1992       | 1992-09-14",
        "14 sep 92 norman dean           | 1992-09-14",
        "Norman Dean 09/14/1992          | 1992-09-14",
        "Smith Jan 04/05/1997            | 1997-05-04",
        "Smith May 1992                  | null"})
    void aDateInAnyCommonFormat_isTheDateOfBirth(String line, String born) {
        NameQuery first = NameReadings.of(line, TODAY).queries().get(0);
        assertThat(String.valueOf(first.dateOfBirth())).isEqualTo(born);
        assertThat(Names.fold(first.surname() + " " + first.forenames())).doesNotContainPattern("\\d");
    }

    @Test
    void aLoneYear_isTheYearOfBirth_andAMonthNameWithoutADay_staysAName() {
        assertThat(readings("Smith May 1992")).containsExactly("Smith / May / null / 1992");
    }

    @Test
    void twoNames_areReadSurnameFirst_theOtherOrderBeingTheSearchsSwappedRoute() {
        assertThat(readings("Norman Dean 14/09/1992")).containsExactly("Norman / Dean / 1992-09-14 / null");
        assertThat(readings("norman, dean, 14/09/1992")).containsExactly("norman / dean / 1992-09-14 / null");
    }

    @Test
    void theWordInCapitals_isReadAsTheSurnameFirst_withoutDroppingTheOtherReadings() {
        assertThat(readings("Dean NORMAN 14/09/1992")).containsExactly("NORMAN / Dean / 1992-09-14 / null");
        assertThat(readings("John SMITH Paul")).containsExactly("SMITH / John Paul / null / null",
                "John / SMITH Paul / null / null", "John SMITH / Paul / null / null");
    }

    @Test
    void threeNames_areSplitAtEveryPlace_forADoubleBarrelledSurnameWithoutItsHyphen() {
        assertThat(readings("Davies Foster Callum")).containsExactly("Davies / Foster Callum / null / null",
                "Davies Foster / Callum / null / null");
    }

    @Test
    void aLongLine_isSplitAfterItsFirstWordOrTwoOnly() {
        assertThat(readings("Smith John Paul George Ringo")).containsExactly("Smith / John Paul George Ringo / null / null",
                "Smith John / Paul George Ringo / null / null");
    }

    @Test
    void aCommaSays_whereTheSurnameEnds_butTheOtherSplitsStay() {
        assertThat(readings("Davies Foster, Callum")).containsExactly("Davies Foster / Callum / null / null",
                "Davies / Foster Callum / null / null");
    }

    @Test
    void aTwoDigitYear_isReadInBothCenturies_whenBothGiveSomeoneAlive() {
        assertThat(readings("Smith John 3/4/21")).containsExactly("Smith / John / 2021-04-03 / null",
                "Smith / John / 1921-04-03 / null");
        assertThat(readings("Smith John 3/4/85")).containsExactly("Smith / John / 1985-04-03 / null");
    }

    @Test
    void aDateThatIsNoDate_isSaid_andNoNameIsNoReading() {
        assertThat(NameReadings.of("Smith 31/02/1990", TODAY).notADate()).isEqualTo("31/02/1990");
        assertThat(NameReadings.of("12/03/1985", TODAY).queries()).isEmpty();
        assertThat(NameReadings.of("  ", TODAY).queries()).isEmpty();
    }

    @Test
    void theUnionOfTheReadings_findsThePersonWhicheverWayTheNamesWereMeant() {
        NameMatcher matcher = new NameMatcher(NameVariants.shipped());
        LocalDate born = LocalDate.of(1992, 9, 14);
        List<NameQuery> typed = NameReadings.of("Norman Dean 14/09/1992", TODAY).queries();
        NameMatch deanNorman = matcher.match(typed, List.of(new RecordedName("current name", "Dean", "Norman", born)));
        NameMatch normanDean = matcher.match(typed, List.of(new RecordedName("current name", "Norman", "Dean", born)));
        assertThat(deanNorman.score()).isEqualTo(1.0);
        assertThat(normanDean.score()).isGreaterThan(0.98).isLessThan(deanNorman.score());
        assertThat(normanDean.explanation()).contains("matched with forename and surname swapped");

        NameMatch william = matcher.match(NameReadings.of("Smyth Bill", TODAY).queries(),
                List.of(new RecordedName("current name", "William", "SMYTH", null)));
        assertThat(william.score()).isGreaterThan(NameSearchCalibration.CUT_OFF);
        assertThat(william.explanation()).contains("forename Bill is a form of William");
    }
}
