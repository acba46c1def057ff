package org.peelrms.crime.internal;

import java.util.Comparator;
import java.util.List;
import org.peelrms.crime.api.CrimeStatus;
import org.peelrms.crime.api.CrimeSummary;
import org.peelrms.crime.api.CrimeView;
import org.peelrms.crime.api.ReportSummary;
import org.peelrms.crime.api.ReportView;

/** Turns records into the views other modules and the pages see; entities never leave the module. */
final class Views {
    private static final int SUMMARY_LENGTH = 120;

    private Views() {
    }

    static ReportView report(Report report, RecordingClock clock) {
        RiskAssessment assessment = report.latestAssessment();
        MaracReferral referral = report.latestReferral();
        return new ReportView(report.id(), report.reporterPersonId(), report.reporterName(), report.method(),
                report.reportedAt(), report.receivedBy(), report.whatHappened(), report.location(),
                report.looksLikeCrime(), report.domesticAbuse(), report.status(),
                clock.time(report.reportedAt(), report.decidedAt()), report.decidedAt(), report.decidedBy(),
                report.nonCrimeRationale(), report.crimes().stream().map(Views::summary).toList(),
                assessment == null ? null : assessment.view(), referral == null ? null : referral.view());
    }

    static ReportSummary summary(Report report, RecordingClock clock) {
        RiskAssessment assessment = report.latestAssessment();
        String what = report.whatHappened();
        return new ReportSummary(report.id(), report.reportedAt(), report.method(), report.location(),
                what.length() > SUMMARY_LENGTH ? what.substring(0, SUMMARY_LENGTH - 1) + "…" : what, report.status(),
                clock.time(report.reportedAt(), report.decidedAt()), report.domesticAbuse(),
                assessment == null ? null : assessment.level());
    }

    static CrimeSummary summary(CrimeRecord crime) {
        return new CrimeSummary(crime.id(), crime.number(), crime.classification().view().display(), crime.status(),
                crime.recordedAt(), crime.officerInCharge(), crime.nextReview(), crime.domesticAbuse());
    }

    static CrimeView crime(CrimeRecord crime) {
        CrimeView.FinalisationView finalisation = crime.status() == CrimeStatus.FINALISED
                ? new CrimeView.FinalisationView(crime.outcome(), crime.outcomeRationale(), crime.victimDecision(),
                        crime.finalisedBy(), crime.finalisedAt())
                : null;
        List<CrimeView.HistoryEntry> history = crime.history().stream().map(CrimeHistory::view)
                .sorted(Comparator.comparing(CrimeView.HistoryEntry::at)).toList();
        return new CrimeView(crime.id(), crime.number(), crime.report().id(), crime.classification().view(),
                crime.occurredFrom(), crime.occurredTo(), crime.location(), crime.modusOperandi(),
                crime.officerInCharge(), crime.recordedAt(), crime.recordedBy(), crime.domesticAbuse(), crime.status(),
                crime.nextReview(), crime.reviewSetBy(), crime.people().stream().map(LinkedPerson::view).toList(),
                crime.plan().stream().map(PlanAction::view).toList(), finalisation,
                crime.cancellations().stream().map(Cancellation::view).toList(), history);
    }
}
