package org.peelrms.missingpersons.api;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** Everything on a case's page. */
public record CaseView(long id, long personId, String personName, Long reporterPersonId, String reporterName,
        String reporterContact, OffsetDateTime reportedAt, String receivedBy, OffsetDateTime lastSeenAt,
        String lastSeenPlace, String circumstances, String description, Set<Vulnerability> vulnerabilities,
        String vulnerabilityNote, String mayGoTo, boolean child, CaseStatus status, RiskLevel riskLevel,
        boolean riskConfirmed, OffsetDateTime nextReviewDue, ReviewState reviewState, Found found,
        String foundRecordedBy, OffsetDateTime interviewOfferedAt, InterviewOutcome interviewOutcome,
        OffsetDateTime interviewAt, String interviewNote, OffsetDateTime closedAt, String closedBy,
        String closureNote, List<Grading> risk, List<EnquiryEntry> enquiries, List<SightingEntry> sightings,
        List<Episode> episodes, List<Link> links) implements Serializable {

    /** One grading in the risk history; {@code late} when it was a review done after it was due. */
    public record Grading(GradingKind kind, RiskLevel level, String rationale, String by, OffsetDateTime at,
            OffsetDateTime wasDueAt, OffsetDateTime nextDue, boolean late) implements Serializable {
    }

    public record EnquiryEntry(String action, String result, String by, OffsetDateTime at) implements Serializable {
    }

    public record SightingEntry(OffsetDateTime seenAt, String place, String seenBy, Reliability reliability,
            String note, String recordedBy, OffsetDateTime recordedAt) implements Serializable {
    }

    /**
     * A person on the people index ({@code personId} and their name when linked) or a place, linked to
     * the case, and how.
     */
    public record Link(Long personId, String personName, String place, String relationship, String addedBy,
            OffsetDateTime addedAt) implements Serializable {
    }

    /** The number of this person's episodes, this one included. */
    public int episodeCount() {
        return episodes.size();
    }
}
