package org.peelrms.crime.api;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** A domestic-abuse risk assessment: the level and the answers that led to it. */
public record RiskAssessmentView(RiskLevel level, List<RiskAnswer> answers, String assessedBy,
        OffsetDateTime assessedAt) implements Serializable {
}
