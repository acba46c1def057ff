package org.peelrms.nominal.internal.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.peelrms.nominal.internal.matching.NameVariants;
import org.peelrms.nominal.internal.matching.RecordedName;

/**
 * The progress an administrator sees on the finder's job (done of total) moves with the comparing. Inside WildFly at
 * 1M it counted only the keys that share a block with someone, so it stood at 35 % a few seconds before the end and
 * then jumped to 100 % (docs/benchmarks/duplicates-in-wildfly.md): most people's keys are alone in their block.
 */
class DuplicateFinderProgressTest {
    private static final String[] SURNAMES = {"Smith", "Jones", "Khan", "Patel", "Nowak", "Murphy", "Okafor", "Chen",
        "Kowalski", "Ahmed", "Taylor", "Brown", "Wilson", "Singh", "Evans", "Hughes", "Kaur", "Begum", "Walsh", "Lewis"};
    private static final String[] FORENAMES = {"John", "Mohammed", "Anna", "Priya", "Piotr", "Sean", "Chidi", "Wei",
        "Sarah", "David", "Fatima", "James", "Emma", "Oliver", "Amelia", "Harry", "Jack", "Grace", "Aisha", "Tomasz"};

    @Test
    void theProgressShownReachesTheEndWithTheWork_notAJumpFromAThirdAtTheLastMoment() {
        List<Long> reported = Collections.synchronizedList(new ArrayList<>());
        new DuplicateFinder(NameVariants.shipped(), MatchWeights.shippedM()).find(people(3_000), reported::add);

        long total = -reported.get(0);
        List<Long> beforeTheEnd = reported.subList(1, reported.size() - 1);
        assertThat(reported.get(reported.size() - 1)).as("the last report, at the end").isEqualTo(total);
        assertThat(beforeTheEnd.stream().mapToLong(Long::longValue).max().orElse(0))
                .as("the most shown before the end, of %d", total).isGreaterThanOrEqualTo(total * 9 / 10);
        assertThat(beforeTheEnd.size()).as("reports while it compared").isGreaterThanOrEqualTo(10);
    }

    /** People with common names and dates of birth over 60 years, one in ten without one: some share blocks, most not. */
    private static List<PersonOnFile> people(int count) {
        Random random = new Random(18);
        List<PersonOnFile> people = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String forenames = FORENAMES[random.nextInt(FORENAMES.length)];
            LocalDate born = random.nextInt(10) == 0 ? null : LocalDate.of(1945, 1, 1).plusDays(random.nextInt(60 * 365));
            people.add(new PersonOnFile(i, "P" + i, List.of(new RecordedName("current name", forenames, surname, born)), born,
                    random.nextBoolean() ? "M" : "F"));
        }
        return people;
    }
}
