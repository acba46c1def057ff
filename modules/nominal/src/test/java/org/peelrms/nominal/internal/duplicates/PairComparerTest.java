package org.peelrms.nominal.internal.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peelrms.nominal.internal.matching.NameVariants;
import org.peelrms.nominal.internal.matching.RecordedName;

/** The levels and the words a reviewer reads, and the weight of a common name against a rare one. */
class PairComparerTest {
    private static final NameVariants VARIANTS = NameVariants.shipped();
    private static final PairComparer COMPARER = new PairComparer(VARIANTS);
    private static final LocalDate BORN = LocalDate.of(1984, 9, 26);

    @Test
    void saysHowEachFieldAgrees_inAReviewersWords() {
        Comparison c = compare(name("Khan", "William"), name("Khaan", "Bill"), BORN, BORN);
        assertThat(c.levels()).contains(FieldLevel.SURNAME_SOUND, FieldLevel.FORENAME_FORM, FieldLevel.BORN_EXACT);
        assertThat(c.explanation()).isEqualTo("surname same by sound: KHAN / KHAAN; forename forms of one name: William / Bill;"
                + " born the same day");
    }

    @Test
    void accentsTransliterationAndDoubleBarrelledSurnames() {
        assertThat(compare(name("Wiśniewski", "Łukasz"), name("Wisniewski", "Lukasz"), BORN, BORN).levels())
                .contains(FieldLevel.SURNAME_EXACT, FieldLevel.FORENAME_EXACT);
        assertThat(compare(name("Müller", "Jörg"), name("Mueller", "Jorg"), BORN, BORN).levels())
                .contains(FieldLevel.SURNAME_WRITTEN_OTHERWISE, FieldLevel.FORENAME_EXACT);
        assertThat(compare(name("Ahmed", "Mohammed"), name("Ahmed", "Muhammad"), BORN, BORN).levels())
                .contains(FieldLevel.FORENAME_FORM);
        Comparison part = compare(name("Davies-Ocheltree", "Rhiannon"), name("Ocheltree", "Rhiannon"), BORN, BORN);
        assertThat(part.levels()).contains(FieldLevel.SURNAME_PART);
        assertThat(part.explanation()).contains("surname one part of a double-barrelled surname: DAVIES-OCHELTREE / OCHELTREE");
    }

    @Test
    void datesOfBirthOneSlipApart_andOnlyTheSameYear() {
        assertThat(PairComparer.born(BORN, LocalDate.of(1984, 9, 26))).isEqualTo(FieldLevel.BORN_EXACT);
        assertThat(PairComparer.born(LocalDate.of(1984, 3, 6), LocalDate.of(1984, 6, 3))).isEqualTo(FieldLevel.BORN_ONE_SLIP);
        assertThat(PairComparer.born(BORN, LocalDate.of(1985, 9, 26))).isEqualTo(FieldLevel.BORN_ONE_SLIP);
        assertThat(PairComparer.born(BORN, LocalDate.of(1984, 9, 28))).isEqualTo(FieldLevel.BORN_ONE_SLIP);
        assertThat(PairComparer.born(BORN, LocalDate.of(1984, 2, 11))).isEqualTo(FieldLevel.BORN_SAME_YEAR);
        assertThat(PairComparer.born(BORN, LocalDate.of(1990, 2, 11))).isEqualTo(FieldLevel.BORN_DIFFERENT);
        assertThat(PairComparer.born(BORN, null)).isEqualTo(FieldLevel.BORN_MISSING);
    }

    @Test
    void namesTheOtherWayRound_compareTheFirstForenameAsTheSurname() {
        FoldedName rowe = FoldedName.of(new RecordedName("current name", "Clive Daniel", "Rowe", BORN), VARIANTS);
        FoldedName swappedCopy = FoldedName.of(new RecordedName("current name", "Rowe", "Clive", BORN), VARIANTS);
        Comparison c = COMPARER.compare(rowe.swapped(VARIANTS), swappedCopy, BORN, BORN, "M", null, true);
        assertThat(c.levels()).contains(FieldLevel.SURNAME_EXACT, FieldLevel.FORENAME_EXACT);
        assertThat(c.explanation()).startsWith("surname and forename the other way round;");
    }

    @Test
    void twoMohammedKhansAreWeakerEvidenceThanTwoZebedeeFarquhars() {
        TermFrequencies frequencies = new TermFrequencies();
        for (int i = 0; i < 1000; i++) {
            frequencies.add(FoldedName.of(new RecordedName("current name", i % 10 == 0 ? "Mohammed" : "Person" + i,
                    i % 20 == 0 ? "Khan" : "Surname" + i, BORN), VARIANTS));
        }
        frequencies.add(FoldedName.of(new RecordedName("current name", "Zebedee", "Farquhar", BORN), VARIANTS));
        Map<FieldLevel, Double> u = new EnumMap<>(FieldLevel.class);
        for (FieldLevel level : FieldLevel.values()) {
            u.put(level, 0.01);
        }
        MatchWeights weights = new MatchWeights(MatchWeights.shippedM(), u, frequencies);
        double khans = weights.weight(compare(name("Khan", "Mohammed"), name("Khan", "Mohammed"), BORN, BORN));
        double farquhars = weights.weight(compare(name("Farquhar", "Zebedee"), name("Farquhar", "Zebedee"), BORN, BORN));
        assertThat(farquhars).isGreaterThan(khans + 5);
    }

    @Test
    void aDifferentPersonWeighsAgainst() {
        TermFrequencies frequencies = new TermFrequencies();
        frequencies.add(FoldedName.of(new RecordedName("current name", "John", "Smith", BORN), VARIANTS));
        Map<FieldLevel, Double> u = new EnumMap<>(FieldLevel.class);
        for (FieldLevel level : FieldLevel.values()) {
            u.put(level, level.name().endsWith("DIFFERENT") ? 0.9 : 0.01);
        }
        MatchWeights weights = new MatchWeights(MatchWeights.shippedM(), u, frequencies);
        assertThat(weights.weight(compare(name("Smith", "John"), name("Okonkwo", "Adaeze"), BORN, LocalDate.of(1950, 1, 1))))
                .isLessThan(-10);
    }

    private static FoldedName name(String surname, String forenames) {
        return FoldedName.of(new RecordedName("current name", forenames, surname, null), VARIANTS);
    }

    private static Comparison compare(FoldedName a, FoldedName b, LocalDate bornA, LocalDate bornB) {
        return COMPARER.compare(a, b, bornA, bornB, null, null, false);
    }

}
