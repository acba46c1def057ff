package org.peelrms.crime.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A crime record with its people, investigation plan, outcome, cancellations and history, for its page. */
public record CrimeView(long id, String number, long reportId, OffenceClassificationView classification,
        OffsetDateTime occurredFrom, OffsetDateTime occurredTo, String location, String modusOperandi,
        String officerInCharge, OffsetDateTime recordedAt, String recordedBy, boolean domesticAbuse,
        CrimeStatus status, LocalDate nextReviewDate, String reviewSetBy, List<LinkedPersonView> people,
        List<PlanActionView> plan, FinalisationView finalisation, List<CancellationView> cancellations,
        List<HistoryEntry> history) implements Serializable {

    /** A person linked to the crime in a role; the name is as it stood on the people index when linked. */
    public record LinkedPersonView(long id, long personId, String name, PersonRole role, String linkedBy,
            OffsetDateTime linkedAt) implements Serializable {
    }

    /** One action of the investigation plan. */
    public record PlanActionView(long id, String action, String assignedTo, LocalDate due, String addedBy,
            OffsetDateTime addedAt, String doneBy, OffsetDateTime doneAt) implements Serializable {
        public boolean done() {
            return doneAt != null;
        }
    }

    /** The outcome the crime was finalised with, and who decided it. */
    public record FinalisationView(OutcomeType outcome, String rationale, VictimDecision victimDecision,
            String finalisedBy, OffsetDateTime finalisedAt) implements Serializable {
    }

    /** One line of the crime's history: what was done, by whom and when. */
    public record HistoryEntry(OffsetDateTime at, String by, String what) implements Serializable {
    }

    /** A cancellation or transfer still waiting for a supervisor's decision, if any. */
    public CancellationView pendingCancellation() {
        return cancellations.stream().filter(c -> c.status() == CancellationView.Status.REQUESTED).findFirst()
                .orElse(null);
    }
}
