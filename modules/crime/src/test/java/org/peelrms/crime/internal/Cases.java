package org.peelrms.crime.internal;

import java.time.OffsetDateTime;
import org.peelrms.crime.api.NewCrime;
import org.peelrms.crime.api.NewReport;
import org.peelrms.crime.api.ReportMethod;

/** Reports and crimes for the rule tests, built through the same constructors and methods the services use. */
final class Cases {
    static final OffsetDateTime REPORTED = OffsetDateTime.parse("2026-06-10T21:15:00+01:00");
    static final Stamp OFFICER = new Stamp("officer", REPORTED.plusMinutes(10));
    static final Stamp SUPERVISOR = new Stamp("supervisor", REPORTED.plusHours(3));
    static final Stamp LATER = new Stamp("investigator", REPORTED.plusDays(20));
    static final OffenceClassification ASSAULT = new OffenceClassification("8N", "Assault with injury",
            "Violence against the person");

    private Cases() {
    }

    static Report report(boolean domesticAbuse) {
        return new Report(new NewReport(null, ReportMethod.EMERGENCY_CALL, REPORTED,
                "Two people assaulted outside a takeaway.", "Fishergate, Preston", true, domesticAbuse), null, null, OFFICER);
    }

    static CrimeRecord crime(Report report, String number) {
        return report.recordCrime(number, ASSAULT, new NewCrime("8N", REPORTED.minusMinutes(20), null, null,
                "Punched and kicked", "investigator", null), SUPERVISOR);
    }
}
