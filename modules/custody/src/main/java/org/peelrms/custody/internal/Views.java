package org.peelrms.custody.internal;

import org.peelrms.restriction.api.RestrictableRecords;
import java.util.Set;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peelrms.custody.api.BoardRow;
import org.peelrms.custody.api.CustodyRecordView;
import org.peelrms.custody.api.CustodySummary;
import org.peelrms.custody.api.DisposalView;
import org.peelrms.custody.api.Durations;
import org.peelrms.custody.api.EntryView;
import org.peelrms.custody.api.PaceClock;
import org.peelrms.custody.api.VisitState;

/** Turns custody records into the views pages and other modules see; entities never leave the module. */
final class Views {
    private Views() {
    }

    static CustodyRecordView record(CustodyRecord record, Instant now, VisitRules visits, Set<Long> hiddenPeople) {
        boolean withheld = hiddenPeople.contains(record.personId());
        Map<Long, Long> correctedBy = new HashMap<>();
        record.entries().stream().filter(e -> e.correctsId() != null).forEach(e -> correctedBy.put(e.correctsId(), e.id()));
        List<EntryView> entries = record.entries().stream()
                .sorted(java.util.Comparator.comparing(CustodyEntry::occurredAt).thenComparing(CustodyEntry::id))
                .map(e -> new EntryView(e.id(), e.kind(), e.occurredAt(), e.recordedAt(), e.recordedBy(), e.text(),
                        e.detail(), e.correctsId(), correctedBy.get(e.id()), e.correctionReason())).toList();
        DisposalView disposal = record.disposal().map(d -> new DisposalView(d.disposal(), d.occurredAt(), d.recordedBy(),
                d.text(), d.returnDate(), d.transferredTo())).orElse(null);
        return new CustodyRecordView(record.id(), record.number(), withheld ? 0 : record.personId(),
                withheld ? RestrictableRecords.WITHHELD_PERSON : record.personName(),
                markers(record), record.arrestedAt(), record.arrestPlace(), record.arrivedAt(), record.arrestedAtStation(),
                record.arrestingOfficer(), record.offences().stream().map(CustodyOffence::view).toList(),
                record.authorised(), record.decidedBy(), record.decidedAt(), record.grounds(), record.cell(),
                record.level(), disposal, clock(record, now), visits(record, now, visits), entries);
    }

    static BoardRow row(CustodyRecord record, Instant now, VisitRules visits, Set<Long> hiddenPeople) {
        boolean withheld = hiddenPeople.contains(record.personId());
        return new BoardRow(record.id(), record.number(), withheld ? 0 : record.personId(),
                withheld ? RestrictableRecords.WITHHELD_PERSON : record.personName(),
                record.markers() == null ? "" : record.markers(), record.cell(), record.arrivedAt(), record.level(),
                clock(record, now), visits(record, now, visits));
    }

    static CustodySummary summary(CustodyRecord record, Instant now) {
        PaceClock clock = clock(record, now);
        return new CustodySummary(record.id(), record.number(), record.arrivedAt(), String.join("; ",
                record.offences().stream().map(CustodyOffence::description).toList()),
                record.authorised() && record.disposal().isEmpty(),
                record.disposal().map(CustodyEntry::disposal).orElse(null), record.releasedAt().orElse(null),
                clock == null ? "" : Durations.show(clock.inCustody()), clock != null && clock.pastLimit());
    }

    /** The PACE clock, or null when detention was refused. */
    static PaceClock clock(CustodyRecord record, Instant now) {
        return record.authorised() ? DetentionClock.read(record.facts(), now) : null;
    }

    static VisitState visits(CustodyRecord record, Instant now, VisitRules rules) {
        if (!record.authorised()) {
            return null;
        }
        Instant end = record.releasedAt().map(java.time.OffsetDateTime::toInstant).orElse(now);
        return rules.read(record.levelSets(), record.visits(), end, record.releasedAt().isEmpty(), now);
    }

    static List<String> markers(CustodyRecord record) {
        return record.markers() == null ? List.of() : Arrays.asList(record.markers().split("; "));
    }

    /** The most urgent first: the nearest of the limit, the next review and the next visit. */
    static Duration urgency(BoardRow row, Instant now) {
        Instant first = row.clock().limit().toInstant();
        if (row.clock().nextReviewDue() != null && row.clock().nextReviewDue().toInstant().isBefore(first)) {
            first = row.clock().nextReviewDue().toInstant();
        }
        if (row.visits() != null && row.visits().nextDue() != null && row.visits().nextDue().toInstant().isBefore(first)) {
            first = row.visits().nextDue().toInstant();
        }
        return Duration.between(now, first);
    }
}
