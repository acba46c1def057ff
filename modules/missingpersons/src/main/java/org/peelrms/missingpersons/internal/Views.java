package org.peelrms.missingpersons.internal;

import org.peelrms.restriction.api.RestrictableRecords;
import java.util.Set;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import org.peelrms.missingpersons.api.CaseView;
import org.peelrms.missingpersons.api.Episode;
import org.peelrms.missingpersons.api.Found;
import org.peelrms.missingpersons.api.OpenCase;
import org.peelrms.missingpersons.api.Vulnerability;

/** Cases as the records the API hands out; never the entities. */
final class Views {
    private Views() {
    }

    static CaseView of(MissingCase c, List<Episode> episodes, List<CaseView.Link> links, OffsetDateTime now,
            Set<Long> hiddenPeople) {
        boolean withheld = hiddenPeople.contains(c.personId());
        boolean reporterWithheld = c.reporterPersonId() != null && hiddenPeople.contains(c.reporterPersonId());
        FindingAndClosure e = c.ending();
        return new CaseView(c.id(), withheld ? 0 : c.personId(), withheld ? RestrictableRecords.WITHHELD_PERSON
                : c.personName(), reporterWithheld ? Long.valueOf(0) : c.reporterPersonId(),
                reporterWithheld ? RestrictableRecords.WITHHELD_PERSON : c.reporterName(),
                c.reporterContact(), c.reportedAt(), c.receivedBy(), c.lastSeenAt(), c.lastSeenPlace(),
                c.circumstances(), c.description(),
                c.vulnerabilities().isEmpty() ? EnumSet.noneOf(Vulnerability.class) : EnumSet.copyOf(c.vulnerabilities()),
                c.vulnerabilityNote(), c.mayGoTo(), c.child(), c.status(), c.riskLevel(), c.riskConfirmed(),
                c.nextReviewDue(), c.status() == org.peelrms.missingpersons.api.CaseStatus.MISSING
                        ? Intervals.state(c.riskLevel(), c.nextReviewDue(), now) : null,
                e.foundAt() == null ? null : new Found(e.foundAt(), e.foundPlace(), e.foundHow(), e.foundState()),
                e.foundRecordedBy(), e.interviewOfferedAt(), e.interviewOutcome(), e.interviewAt(), e.interviewNote(),
                e.closedAt(), e.closedBy(), e.closureNote(),
                c.gradings().stream().map(RiskGrading::view).toList(),
                c.enquiries().stream().map(Enquiry::view).toList(),
                c.sightings().stream().map(Sighting::view).toList(), episodes,
                links.stream().map(link -> withheld(link, hiddenPeople)).toList());
    }

    static Episode episode(MissingCase c) {
        return new Episode(c.id(), c.reportedAt(), c.ending().foundAt(), c.status(), c.riskLevel());
    }

    /** A linked person the caller may not see shows as "Restricted person" with id 0 (ADR 0019). */
    private static CaseView.Link withheld(CaseView.Link link, Set<Long> hiddenPeople) {
        return link.personId() == null || !hiddenPeople.contains(link.personId()) ? link
                : new CaseView.Link(0L, RestrictableRecords.WITHHELD_PERSON, null, link.relationship(), link.addedBy(),
                        link.addedAt());
    }

    static OpenCase open(MissingCase c, int episodes, OffsetDateTime now, Set<Long> hiddenPeople) {
        boolean withheld = hiddenPeople.contains(c.personId());
        return new OpenCase(c.id(), withheld ? 0 : c.personId(),
                withheld ? RestrictableRecords.WITHHELD_PERSON : c.personName(), c.child(), c.riskLevel(), c.riskConfirmed(),
                c.reportedAt(), Duration.between(c.lastSeenAt(), now), c.nextReviewDue(),
                Intervals.state(c.riskLevel(), c.nextReviewDue(), now), episodes);
    }
}
