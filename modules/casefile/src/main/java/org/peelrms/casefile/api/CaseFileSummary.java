package org.peelrms.casefile.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One file in a list, with its age and how long it has been at its present stage, in days. */
public record CaseFileSummary(long id, String reference, FileType type, FileStatus status, String officerInCase,
        String supervisor, String defendants, OffsetDateTime openedAt, OffsetDateTime stageSince, long ageDays,
        long daysAtStage) implements Serializable {
}
