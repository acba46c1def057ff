package org.peelrms.missingpersons.internal;

import java.util.Comparator;
import java.util.List;
import org.peelrms.missingpersons.api.OpenCase;
import org.peelrms.missingpersons.api.ReviewState;

/** The order of the dashboard and the list of reviews due: pure rules over open cases. */
final class Dashboard {
    /** Ungraded first (they need grading now), then highest risk, then soonest review. */
    static final Comparator<OpenCase> BY_RISK = Comparator
            .comparing((OpenCase c) -> c.riskLevel() == null ? Integer.MAX_VALUE : c.riskLevel().ordinal()).reversed()
            .thenComparing(OpenCase::nextReviewDue, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(OpenCase::reportedAt);

    /** Most urgent first: not graded, then overdue longest, then due soonest. */
    static final Comparator<OpenCase> BY_URGENCY = Comparator
            .comparing((OpenCase c) -> c.reviewState().ordinal())
            .thenComparing(OpenCase::nextReviewDue, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(OpenCase::reportedAt);

    private Dashboard() {
    }

    static List<OpenCase> byRisk(List<OpenCase> open) {
        return open.stream().sorted(BY_RISK).toList();
    }

    /** The cases needing grading or review now: not graded, overdue, or due within the hour. */
    static List<OpenCase> reviewsDue(List<OpenCase> open) {
        return open.stream().filter(c -> c.reviewState() != ReviewState.SCHEDULED).sorted(BY_URGENCY).toList();
    }
}
