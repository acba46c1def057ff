package org.peelrms.crime.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One crime record in a list. */
public record CrimeSummary(long id, String number, String classification, CrimeStatus status,
        OffsetDateTime recordedAt, String officerInCharge, LocalDate nextReviewDate, boolean domesticAbuse) implements Serializable {
}
