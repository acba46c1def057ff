package org.peelrms.custody.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A detention in a person's custody history. */
public record CustodySummary(long id, String number, OffsetDateTime arrivedAt, String offences, boolean inCustody,
        DisposalType disposal, OffsetDateTime releasedAt, String detained, boolean pastLimit) implements Serializable {
}
