package org.peelrms.custody.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** How and when a detention ended, and who recorded it. */
public record DisposalView(DisposalType type, OffsetDateTime at, String by, String details, LocalDate returnDate,
        String transferredTo) implements Serializable {
}
