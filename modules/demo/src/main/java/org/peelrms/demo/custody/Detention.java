package org.peelrms.demo.custody;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.custody.api.NewBooking;
import org.peelrms.demo.OnDuty;

/**
 * One demo detention as it happened: the custody sergeant books the person in when they decide on detention,
 * then each later step (reviews, visits, an extension, a warrant, the disposal) is recorded at its own moment by
 * whoever did it, in the order they happened, through the custody API.
 */
final class Detention {

    private record Step(OffsetDateTime at, OnDuty by, LongConsumer action) {
    }

    private final CustodyRecords custody;
    private final OnDuty bookedBy;
    private final NewBooking booking;
    private final OffsetDateTime decidedAt;
    private final List<Step> steps = new ArrayList<>();

    Detention(CustodyRecords custody, OnDuty bookedBy, NewBooking booking, OffsetDateTime decidedAt) {
        this.custody = custody;
        this.bookedBy = bookedBy;
        this.booking = booking;
        this.decidedAt = decidedAt;
    }

    /** When the custody officer decided on detention: the PACE review clock runs from here. */
    OffsetDateTime decidedAt() {
        return decidedAt;
    }

    /** The relevant time (PACE s. 41(2)): arrival at the station, as every demo arrest is within a day of it. */
    OffsetDateTime relevantTime() {
        return booking.arrivedAt();
    }

    boolean indictable() {
        return booking.offences().stream().anyMatch(offence -> offence.indictable());
    }

    /** Adds what {@code by} records on the custody record at {@code at}. */
    Detention then(OffsetDateTime at, OnDuty by, LongConsumer action) {
        steps.add(new Step(at, by, action));
        return this;
    }

    /** Books the person in, then records every step in the order they happened; the record's id. */
    long record() {
        long id = bookedBy.at(decidedAt, () -> custody.bookIn(booking));
        steps.stream().sorted(Comparator.comparing(Step::at)).forEach(step -> step.by().at(step.at(), () -> {
            step.action().accept(id);
            return null;
        }));
        return id;
    }
}
