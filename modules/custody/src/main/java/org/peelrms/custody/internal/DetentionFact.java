package org.peelrms.custody.internal;

import java.time.Instant;
import java.util.List;
import org.peelrms.custody.api.DisposalType;

/**
 * What the compliance report needs of one custody record, as plain facts.
 *
 * @param clock    the PACE clock's facts; null when detention was refused
 * @param disposal how it ended; null while in custody
 */
record DetentionFact(long id, String number, Instant relevantTime, DetentionClock.Facts clock, DisposalType disposal,
        List<VisitRules.LevelSet> levels, List<Instant> visits) {

    static DetentionFact of(CustodyRecord record) {
        return new DetentionFact(record.id(), record.number(), record.relevantTime().toInstant(),
                record.authorised() ? record.facts() : null, record.disposal().map(CustodyEntry::disposal).orElse(null),
                record.levelSets(), record.visits());
    }
}
