package org.peelrms.crime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrms.crime.api.CancellationReason;
import org.peelrms.crime.api.IntegrityReport;
import org.peelrms.crime.api.ReportStatus;
import org.peelrms.crime.api.RiskLevel;

/** The integrity report's figures, checked by hand against a known set of nine reports received in June 2026. */
class IntegrityFiguresTest {
    private static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);
    private static final OffsetDateTime NOW = uk("2026-07-05T12:00");

    private static OffsetDateTime uk(String local) {
        return LocalDateTime.parse(local).atZone(RecordingClock.UK).toOffsetDateTime();
    }

    private static ReportFact recorded(long id, String reported, long hours, long crimes, boolean da, RiskLevel risk,
            boolean referred) {
        OffsetDateTime at = uk(reported);
        return new ReportFact(id, at, ReportStatus.RECORDED, at.plusHours(hours), "supervisor", true, null, da, risk,
                referred, crimes);
    }

    private static final List<ReportFact> JUNE = List.of(
            recorded(1, "2026-06-01T10:00", 2, 1, true, RiskLevel.HIGH, true),
            recorded(2, "2026-06-02T10:00", 10, 2, true, RiskLevel.HIGH, false),
            recorded(3, "2026-06-03T10:00", 24, 1, false, null, false),
            recorded(4, "2026-06-05T10:00", 48, 1, false, null, false),
            recorded(5, "2026-06-30T23:30", 4, 1, false, null, false),
            new ReportFact(6, uk("2026-06-10T09:00"), ReportStatus.CLOSED_NON_CRIME, uk("2026-06-10T14:00"), "supervisor",
                    true, "Victim says she fell; CCTV confirms.", true, RiskLevel.STANDARD, false, 0),
            new ReportFact(7, uk("2026-06-11T09:00"), ReportStatus.CLOSED_NON_CRIME, uk("2026-06-11T10:00"), "sergeant",
                    false, "Noise complaint; no offence.", true, null, false, 0),
            new ReportFact(8, uk("2026-06-29T10:00"), ReportStatus.OPEN, null, null, true, null, false, null, false, 0),
            new ReportFact(9, uk("2026-06-20T10:00"), ReportStatus.OPEN, null, null, true, null, false, null, false, 0));

    @Test
    void theFigures_matchTheOnesWorkedOutByHand() {
        IntegrityReport report = IntegrityFigures.of(FROM, TO, NOW, JUNE, List.of());

        assertThat(report.reportsReceived()).isEqualTo(9);
        assertThat(report.reportsRecorded()).isEqualTo(5);
        assertThat(report.crimesRecorded()).isEqualTo(6);
        assertThat(report.recordingRate()).isEqualTo(5.0 / 9);
        // times to recording, sorted: 2, 4, 10, 24, 48 hours
        assertThat(report.medianHours()).isEqualTo(10.0);
        assertThat(report.p90Hours()).isEqualTo(48.0);
        assertThat(report.shareWithin24Hours()).isEqualTo(0.8);
        assertThat(report.unresolved()).isEqualTo(2);
        assertThat(report.overdueUnresolved()).isEqualTo(2);
        assertThat(report.closedNonCrime()).isEqualTo(2);
        assertThat(report.lookedLikeCrimeClosedNonCrime()).isEqualTo(1);
        assertThat(report.closures()).extracting(IntegrityReport.NonCrimeClosure::rationale)
                .containsExactly("Victim says she fell; CCTV confirms.", "Noise complaint; no offence.");
        assertThat(report.domesticAbuseReports()).isEqualTo(4);
        assertThat(report.riskAssessed()).isEqualTo(3);
        assertThat(report.riskAssessmentRate()).isEqualTo(0.75);
        assertThat(report.highRisk()).isEqualTo(2);
        assertThat(report.referred()).isEqualTo(1);
        assertThat(report.referralRate()).isEqualTo(0.5);
        assertThat(report.months()).containsExactly(new IntegrityReport.Month(YearMonth.of(2026, 6), 9, 4, 1, 2, 2));
    }

    @Test
    void anEvenNumberOfTimes_hasTheMeanOfTheMiddleTwoAsMedian_andNothingRecordedHasNoTimes() {
        IntegrityReport four = IntegrityFigures.of(FROM, TO, NOW, JUNE.subList(0, 4), List.of());
        assertThat(four.medianHours()).isEqualTo(17.0);
        assertThat(four.p90Hours()).isEqualTo(48.0);

        IntegrityReport none = IntegrityFigures.of(FROM, TO, NOW, JUNE.subList(5, 9), List.of());
        assertThat(none.medianHours()).isNull();
        assertThat(none.recordingRate()).isZero();
        assertThat(none.shareWithin24Hours()).isZero();
        assertThat(none.referralRate()).isZero();
    }

    @Test
    void thePeriod_runsFromMidnightToMidnightUkTime_soAReportAt0030BstOnTheFirstBelongsToTheNewMonth() {
        OffsetDateTime endOfJune = IntegrityFigures.end(TO);
        assertThat(endOfJune).isEqualTo(OffsetDateTime.parse("2026-07-01T00:00+01:00"));
        OffsetDateTime halfPastMidnightBst = OffsetDateTime.parse("2026-06-30T23:30Z");
        assertThat(halfPastMidnightBst.isBefore(endOfJune)).isFalse();
        assertThat(IntegrityFigures.start(LocalDate.of(2026, 1, 1))).isEqualTo(OffsetDateTime.parse("2026-01-01T00:00Z"));

        ReportFact july = recorded(10, "2026-07-01T00:30", 1, 1, false, null, false);
        assertThat(IntegrityFigures.of(FROM, LocalDate.of(2026, 7, 31), NOW, List.of(JUNE.get(4), july), List.of()).months())
                .extracting(IntegrityReport.Month::month).containsExactly(YearMonth.of(2026, 6), YearMonth.of(2026, 7));
    }

    @Test
    void theCsv_holdsTheFiguresAndEachClosureAndRemoval_quotedForASpreadsheet() {
        IntegrityReport report = IntegrityFigures.of(FROM, TO, NOW, JUNE, List.of(new IntegrityReport.Removal(
                "CR/2026/000009", CancellationReason.DUPLICATE, "Same as CR/2026/000008, \"reported twice\"", null,
                "investigator", "inspector", uk("2026-06-15T10:00"))));
        String csv = IntegrityCsv.write(report);
        assertThat(csv).contains("Reports received,9\r\n").contains("Recording rate (%),55.6\r\n")
                .contains("Median hours from report to recording,10.0\r\n")
                .contains("Recorded within 24 hours (%),80.0\r\n")
                .contains("Crimes cancelled or transferred,1\r\n")
                .contains("2026-06,9,4,1,2,2\r\n")
                .contains("\"Victim says she fell; CCTV confirms.\"".replace("\"", ""))
                .contains("\"Same as CR/2026/000008, \"\"reported twice\"\"\"");
        assertThat(IntegrityCsv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(IntegrityCsv.cell("-12.5")).isEqualTo("-12.5");
    }
}
