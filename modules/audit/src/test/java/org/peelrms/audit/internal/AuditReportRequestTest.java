package org.peelrms.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peelrms.audit.api.AuditReportKind;
import org.peelrms.audit.api.AuditReportRequest;
import org.peelrms.kernel.InvalidInput;

class AuditReportRequestTest {
    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @Test
    void aReportWithoutItsRequiredFilter_isRefusedWithWhatToGive() {
        assertThatThrownBy(() -> JpaAuditReports.checked(request(AuditReportKind.PERSON_ACCESS, FROM, TO, " ", null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("number on file or their reference");
        assertThatThrownBy(() -> JpaAuditReports.checked(request(AuditReportKind.USER_ACTIVITY, FROM, TO, null, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("user name");
    }

    @Test
    void aPeriodBackwardsOrMissing_isRefused() {
        assertThatThrownBy(() -> JpaAuditReports.checked(request(AuditReportKind.FAILED_SIGN_INS, TO, FROM, null, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("after it ends");
        assertThatThrownBy(() -> JpaAuditReports.checked(request(AuditReportKind.FAILED_SIGN_INS, null, TO, null, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("period");
    }

    @Test
    void theUnusualActivityReport_getsItsDefaults_andSaysSoInItsDescription() {
        AuditReportRequest checked = JpaAuditReports.checked(request(AuditReportKind.UNUSUAL_ACTIVITY, FROM, TO, null, null));
        assertThat(checked.threshold()).isEqualTo(AuditReportRequest.DEFAULT_THRESHOLD);
        assertThat(checked.describe()).isEqualTo("2026-11-01 to 2026-11-30; many views=at least 10; out of hours=19:00-07:00");
        assertThatThrownBy(() -> JpaAuditReports.checked(new AuditReportRequest(AuditReportKind.UNUSUAL_ACTIVITY, FROM,
                TO, null, null, null, 1, null))).isInstanceOf(InvalidInput.class).hasMessageContaining("at least 2");
    }

    @Test
    void aReportIsNamedInAddressesBySlug_andAnUnknownNameIsRefused() {
        assertThat(AuditReportKind.fromSlug("failed-sign-ins")).isEqualTo(AuditReportKind.FAILED_SIGN_INS);
        assertThatThrownBy(() -> AuditReportKind.fromSlug("everything")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("person-access");
    }

    private static AuditReportRequest request(AuditReportKind kind, LocalDate from, LocalDate to, String person,
            String user) {
        return new AuditReportRequest(kind, from, to, person, user, null, null, null);
    }
}
