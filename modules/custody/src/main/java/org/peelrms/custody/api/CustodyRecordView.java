package org.peelrms.custody.api;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A custody record for its page: the booking in, the PACE clock and its reviews, the visits against
 * the observation level, the disposal, and every entry in the order it happened.
 *
 * @param markers the person's warning markers on the people index as they stood at booking in
 */
public record CustodyRecordView(long id, String number, long personId, String personName, List<String> markers,
        OffsetDateTime arrestedAt, String arrestPlace, OffsetDateTime arrivedAt, boolean arrestedAtStation,
        String arrestingOfficer, List<NewOffence> offences, boolean authorised, String decidedBy,
        OffsetDateTime decidedAt, String grounds, String cell, ObservationLevel level, DisposalView disposal,
        PaceClock clock, VisitState visits, List<EntryView> entries) implements Serializable {

    public boolean inCustody() {
        return authorised && disposal == null;
    }

    public boolean indictable() {
        return offences.stream().anyMatch(NewOffence::indictable);
    }
}
