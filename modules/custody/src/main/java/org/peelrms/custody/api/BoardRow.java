package org.peelrms.custody.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One detainee on the custody board. */
public record BoardRow(long recordId, String number, long personId, String personName, String markers, String cell,
        OffsetDateTime arrivedAt, ObservationLevel level, PaceClock clock, VisitState visits) implements Serializable {
}
