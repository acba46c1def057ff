package org.peelrms.missingpersons.api;

import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;

/** A case on the dashboard: who, the risk, how long missing, when the next review is due. */
public record OpenCase(long id, long personId, String personName, boolean child, RiskLevel riskLevel,
        boolean riskConfirmed, OffsetDateTime reportedAt, Duration missingFor, OffsetDateTime nextReviewDue,
        ReviewState reviewState, int episodes) implements Serializable {

    /** How long missing, as "2 d 5 h" or "3 h 10 min". */
    public String missingForText() {
        long minutes = Math.max(0, missingFor.toMinutes());
        return minutes >= 24 * 60 ? minutes / (24 * 60) + " d " + (minutes / 60) % 24 + " h"
                : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
