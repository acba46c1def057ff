package org.peelrms.missingpersons.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peelrms.missingpersons.internal.Cases.INTERVALS;
import static org.peelrms.missingpersons.internal.Cases.LAST_SEEN;
import static org.peelrms.missingpersons.internal.Cases.REPORTED;
import static org.peelrms.missingpersons.internal.Cases.at;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peelrms.missingpersons.api.Found;
import org.peelrms.missingpersons.api.MissingPersonsReport;
import org.peelrms.missingpersons.api.RiskLevel;

/** The report's figures on a known set of five cases. */
class ReportFiguresTest {
    private static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    @Test
    void theFiguresOfAKnownSet() {
        // 1: person 1, high, graded after 10 min, one review on time, one late, found 30 h after last seen
        MissingCase one = Cases.report(1, Set.of(), false);
        one.grade(RiskLevel.HIGH, "r", at("officer", REPORTED.plusMinutes(10)), INTERVALS);
        one.grade(RiskLevel.HIGH, "r", at("officer", REPORTED.plusMinutes(100)), INTERVALS);   // due at +130
        one.grade(RiskLevel.HIGH, "r", at("officer", REPORTED.plusMinutes(300)), INTERVALS);   // due at +220: late
        one.found(new Found(LAST_SEEN.plusHours(30), "Home", "Came back", "Well"), at("officer", LAST_SEEN.plusHours(31)));
        // 2: person 1 again, low, graded after 40 min, found 10 h after last seen
        MissingCase two = Cases.report(1, Set.of(), false);
        two.grade(RiskLevel.LOW, "r", at("officer", REPORTED.plusMinutes(40)), INTERVALS);
        two.found(new Found(LAST_SEEN.plusHours(10), "Home", "Came back", "Well"), at("officer", LAST_SEEN.plusHours(11)));
        // 3: person 2, medium, graded after 120 min, still missing with its review overdue now
        MissingCase three = Cases.report(2, Set.of(), false);
        three.grade(RiskLevel.MEDIUM, "r", at("officer", REPORTED.plusMinutes(120)), INTERVALS);
        // 4: person 3, never graded, still missing
        MissingCase four = Cases.report(3, Set.of(), false);
        // 5: person 2 again, medium, supervisor changed to high (a review answered on time)
        MissingCase five = Cases.report(2, Set.of(), false);
        five.grade(RiskLevel.MEDIUM, "r", at("officer", REPORTED.plusMinutes(5)), INTERVALS);
        five.supervise(RiskLevel.HIGH, "r", at("supervisor", REPORTED.plusMinutes(30)), INTERVALS);

        MissingPersonsReport r = ReportFigures.of(FROM, TO, List.of(one, two, three, four, five), REPORTED.plusDays(1));

        assertThat(r.cases()).isEqualTo(5);
        assertThat(r.byRiskLevel()).containsExactly(
                new MissingPersonsReport.LevelCount(RiskLevel.VERY_LOW, 0),
                new MissingPersonsReport.LevelCount(RiskLevel.LOW, 1),
                new MissingPersonsReport.LevelCount(RiskLevel.MEDIUM, 1),
                new MissingPersonsReport.LevelCount(RiskLevel.HIGH, 2));
        assertThat(r.notGraded()).isEqualTo(1);
        assertThat(r.medianMinutesToFirstGrading()).isEqualTo(10L);   // of 5, 10, 40, 120
        assertThat(r.longestMinutesToFirstGrading()).isEqualTo(120L);
        assertThat(r.reviewsDone()).isEqualTo(3);
        assertThat(r.reviewsLate()).isEqualTo(1);
        assertThat(r.overdueNow()).isEqualTo(2);                      // cases 3 and 5
        assertThat(r.found()).isEqualTo(2);
        assertThat(r.medianMinutesToFind()).isEqualTo(600L);          // of 600, 1800
        assertThat(r.stillMissing()).isEqualTo(3);
        assertThat(r.repeatPersons()).isEqualTo(2);
        assertThat(r.repeatCases()).isEqualTo(4);

        String csv = ReportCsv.of(r);
        assertThat(csv).startsWith("figure,value\r\n").contains("\"cases at risk level High\",2\r\n")
                .contains("\"reviews done late (missed)\",1\r\n").contains("\"repeat missing persons\",2\r\n");
    }

    @Test
    void anEmptyPeriod_hasNoMedians() {
        MissingPersonsReport r = ReportFigures.of(FROM, TO, List.of(), REPORTED);
        assertThat(r.cases()).isZero();
        assertThat(r.medianMinutesToFirstGrading()).isNull();
        assertThat(ReportCsv.of(r)).contains("\"median minutes from last seen to found\",\r\n");
    }
}
