package org.peelrms.crime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrms.crime.api.NewReport;
import org.peelrms.crime.api.ReportMethod;
import org.peelrms.crime.api.ReportStatus;
import org.peelrms.crime.api.RiskAnswer;
import org.peelrms.crime.api.RiskLevel;
import org.peelrms.kernel.InvalidInput;

/** A report ends only as crime or as a non-crime incident with a rationale; domestic abuse needs its risk assessment. */
class ReportDecisionTest {

    @Test
    void aReport_needsHowWhatAndWhere_andCannotBeReportedInTheFuture() {
        assertThatThrownBy(() -> new Report(new NewReport(null, null, null, "x", "y", true, false), null, null, Cases.OFFICER))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("how the report was made");
        assertThatThrownBy(() -> new Report(new NewReport(null, ReportMethod.ONLINE, null, " ", "y", true, false), null, null,
                Cases.OFFICER)).hasMessage("Say what happened.");
        assertThatThrownBy(() -> new Report(new NewReport(null, ReportMethod.ONLINE, Cases.OFFICER.at().plusHours(1), "x",
                "y", true, false), null, null, Cases.OFFICER)).hasMessageContaining("in the future");
        Report now = new Report(new NewReport(null, ReportMethod.ONLINE, null, "x", "y", false, false), null, null, Cases.OFFICER);
        assertThat(now.reportedAt()).isEqualTo(Cases.OFFICER.at());
        assertThat(now.status()).isEqualTo(ReportStatus.OPEN);
    }

    @Test
    void closingAsNonCrime_needsARationale_recordsWhoAndWhen_andEndsTheReport() {
        Report report = Cases.report(false);
        assertThatThrownBy(() -> report.closeAsNonCrime("   ", Cases.SUPERVISOR))
                .hasMessageContaining("Write why this is not a crime");
        assertThat(report.status()).isEqualTo(ReportStatus.OPEN);

        report.closeAsNonCrime("Both said it was horseplay; CCTV confirms no blows struck.", Cases.SUPERVISOR);
        assertThat(report.status()).isEqualTo(ReportStatus.CLOSED_NON_CRIME);
        assertThat(report.decidedBy()).isEqualTo("supervisor");
        assertThatThrownBy(() -> Cases.crime(report, "CR/2026/000001"))
                .hasMessageContaining("was closed as a non-crime incident by supervisor");
        assertThatThrownBy(() -> report.closeAsNonCrime("again", Cases.LATER)).hasMessageContaining("already been decided");
    }

    @Test
    void aRecordedReport_cannotThenBeClosedAsNonCrime() {
        Report report = Cases.report(false);
        Cases.crime(report, "CR/2026/000001");
        assertThatThrownBy(() -> report.closeAsNonCrime("Changed my mind", Cases.LATER))
                .hasMessageContaining("already been decided (recorded as crime by supervisor)");
    }

    @Test
    void aRiskAssessment_needsTheDomesticAbuseFlag_andTheAnswersBehindIt() {
        Report report = Cases.report(false);
        List<RiskAnswer> answers = List.of(new RiskAnswer("Are you very frightened?", "Yes"));
        assertThatThrownBy(() -> report.assessRisk(RiskLevel.HIGH, answers, Cases.OFFICER))
                .hasMessageContaining("is not flagged as domestic abuse");
        report.flagDomesticAbuse();
        assertThatThrownBy(() -> report.assessRisk(RiskLevel.HIGH, List.of(new RiskAnswer("Are you very frightened?", " ")),
                Cases.OFFICER)).hasMessage("Record the answers that led to the risk level.");
        report.assessRisk(RiskLevel.HIGH, answers, Cases.OFFICER);
        assertThat(report.latestAssessment().view().answers()).containsExactlyElementsOf(answers);
    }

    @Test
    void aMaracReferral_restsOnARiskAssessment() {
        Report report = Cases.report(true);
        assertThatThrownBy(() -> report.referToMarac(LocalDate.of(2026, 6, 24), null, Cases.OFFICER))
                .hasMessageContaining("Assess the risk before referring");
        report.assessRisk(RiskLevel.HIGH, List.of(new RiskAnswer("Has he tried to strangle you?", "Yes")), Cases.OFFICER);
        report.referToMarac(LocalDate.of(2026, 6, 24), "Referred to Preston MARAC", Cases.OFFICER);
        assertThat(report.latestReferral().view().conferenceDate()).isEqualTo(LocalDate.of(2026, 6, 24));
    }

    @Test
    void flaggingDomesticAbuse_flagsTheReportsCrimesToo() {
        Report report = Cases.report(false);
        CrimeRecord crime = Cases.crime(report, "CR/2026/000001");
        assertThat(crime.domesticAbuse()).isFalse();
        assertThat(report.flagDomesticAbuse()).isTrue();
        assertThat(crime.domesticAbuse()).isTrue();
        assertThat(report.flagDomesticAbuse()).isFalse();
    }
}
