package org.peelrms.crime.internal;

import org.peelrms.restriction.api.RestrictableRecords;
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

    static ReportView report(Report report, RecordingClock clock, Hidden hidden) {
        RiskAssessment assessment = report.latestAssessment();
        MaracReferral referral = report.latestReferral();
        boolean withheld = hidden.person(report.reporterPersonId());
        return new ReportView(report.id(), withheld ? Long.valueOf(0) : report.reporterPersonId(),
                withheld ? RestrictableRecords.WITHHELD_PERSON : report.reporterName(), report.method(),
                report.reportedAt(), report.receivedBy(), report.whatHappened(), report.location(),
                report.looksLikeCrime(), report.domesticAbuse(), report.status(),
                clock.time(report.reportedAt(), report.decidedAt()), report.decidedAt(), report.decidedBy(),
                report.nonCrimeRationale(), report.crimes().stream().filter(c -> !hidden.crime(c.id()))
                        .map(Views::summary).toList(),
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

    static CrimeView crime(CrimeRecord crime, Hidden hidden) {
        CrimeView.FinalisationView finalisation = crime.status() == CrimeStatus.FINALISED
                ? new CrimeView.FinalisationView(crime.outcome(), crime.outcomeRationale(), crime.victimDecision(),
                        crime.finalisedBy(), crime.finalisedAt())
                : null;
        List<CrimeView.HistoryEntry> history = crime.history().stream().map(CrimeHistory::view)
                .map(h -> new CrimeView.HistoryEntry(h.at(), h.by(), hidden.masked(h.what())))
                .sorted(Comparator.comparing(CrimeView.HistoryEntry::at)).toList();
        return new CrimeView(crime.id(), crime.number(), crime.report().id(), crime.classification().view(),
                crime.occurredFrom(), crime.occurredTo(), crime.location(), crime.modusOperandi(),
                crime.officerInCharge(), crime.recordedAt(), crime.recordedBy(), crime.domesticAbuse(), crime.status(),
                crime.nextReview(), crime.reviewSetBy(), crime.people().stream().map(LinkedPerson::view)
                        .map(p -> hidden.person(p.personId()) ? withheld(p) : p).toList(),
                crime.plan().stream().map(PlanAction::view).toList(), finalisation,
                crime.cancellations().stream().map(Cancellation::view).toList(), history);
    }

    private static CrimeView.LinkedPersonView withheld(CrimeView.LinkedPersonView person) {
        return new CrimeView.LinkedPersonView(person.id(), 0, RestrictableRecords.WITHHELD_PERSON, person.role(),
                person.linkedBy(), person.linkedAt());
    }
}
