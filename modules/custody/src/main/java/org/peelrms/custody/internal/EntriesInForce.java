package org.peelrms.custody.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.peelrms.custody.api.EntryKind;
import org.peelrms.custody.api.ObservationLevel;

/**
 * A custody record as it stands: the entries in force (those no correction has superseded, in the order
 * they happened) and what they say now: the cell, the observation level, the disposal, and the facts
 * the PACE clock and the visit rules run on. Read from the record's entries when made; not kept.
 */
final class EntriesInForce {
    private final CustodyRecord record;
    private final List<CustodyEntry> inForce;

    EntriesInForce(CustodyRecord record) {
        this.record = record;
        Set<Long> corrected = new HashSet<>();
        record.entries().stream().map(CustodyEntry::correctsId).filter(Objects::nonNull).forEach(corrected::add);
        this.inForce = record.entries().stream().filter(e -> e.id() == null || !corrected.contains(e.id()))
                .sorted(Comparator.comparing(CustodyEntry::occurredAt)
                        .thenComparing(e -> e.id() == null ? Long.MAX_VALUE : e.id()))
                .toList();
    }

    /** Every entry no correction has superseded, in the order they happened. */
    List<CustodyEntry> entries() {
        return inForce;
    }

    private List<CustodyEntry> of(EntryKind kind) {
        return inForce.stream().filter(e -> e.kind() == kind).toList();
    }

    Optional<CustodyEntry> disposal() {
        return of(EntryKind.DISPOSAL).stream().findFirst();
    }

    Optional<OffsetDateTime> releasedAt() {
        return disposal().map(CustodyEntry::occurredAt);
    }

    String cell() {
        List<CustodyEntry> cells = of(EntryKind.CELL);
        return cells.isEmpty() ? null : cells.get(cells.size() - 1).cell();
    }

    ObservationLevel level() {
        List<CustodyEntry> levels = of(EntryKind.RISK_ASSESSMENT);
        return levels.isEmpty() ? null : levels.get(levels.size() - 1).level();
    }

    /** The facts the PACE clock runs on (detention authorised only). */
    DetentionClock.Facts facts() {
        return new DetentionClock.Facts(record.relevantTime().toInstant(), record.decidedAt().toInstant(),
                record.indictable(),
                inForce.stream().filter(e -> e.kind() == EntryKind.REVIEW).map(e -> new DetentionClock.Review(
                        e.occurredAt().toInstant(), e.recordedBy() + " (" + e.rank().label() + ")", e.postponement())).toList(),
                inForce.stream().filter(e -> e.kind() == EntryKind.EXTENSION).map(e -> new DetentionClock.Grant(
                        e.occurredAt().toInstant(), e.until().toInstant(), e.rank().label() + " " + e.authorisedBy())).toList(),
                inForce.stream().filter(e -> e.kind() == EntryKind.WARRANT).map(e -> new DetentionClock.Grant(
                        e.occurredAt().toInstant(), e.until().toInstant(), e.authorisedBy())).toList(),
                releasedAt().map(OffsetDateTime::toInstant).orElse(null));
    }

    List<VisitRules.LevelSet> levelSets() {
        return of(EntryKind.RISK_ASSESSMENT).stream()
                .map(e -> new VisitRules.LevelSet(e.occurredAt().toInstant(), e.level())).toList();
    }

    List<Instant> visits() {
        return inForce.stream().filter(e -> e.kind().visit()).map(e -> e.occurredAt().toInstant()).toList();
    }
}
