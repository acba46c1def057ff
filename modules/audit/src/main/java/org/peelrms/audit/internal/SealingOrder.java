package org.peelrms.audit.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Which unsealed entries the sealer seals now, and in what order (ADR 0029). Pure: it is given the
 * entries it can see, in insertion order, and the newest insertion number already sealed.
 *
 * <p>Insertion numbers are taken when an entry is inserted, but transactions commit in their own
 * order: while number 41 is still in flight, 42 may already be visible. A gap in the numbers is
 * either such an entry, which will appear in a moment, or a rolled-back one, which never will. So the
 * sealer seals in insertion order and stops at a gap while the entry just after it is younger than the
 * grace period: up to then the missing one may still commit, and waiting keeps the chain in the order
 * things were done. Once the entry after a gap is older than the grace, the gap is passed: it was
 * rolled back, or belongs to a long transaction (an import, the demo data) whose entries will be
 * sealed when they commit, after the ones already sealed. An entry numbered below what is already
 * sealed is such a latecomer and is sealed at once. Nothing is ever skipped for good: the order is
 * insertion order as far as the grace allows, and every committed entry is sealed.
 */
final class SealingOrder {
    /** An unsealed entry as the sealer sees it: its insertion number and when it was written. */
    record Unsealed(long appended, OffsetDateTime occurredAt) {
    }

    private final Duration grace;

    SealingOrder(Duration grace) {
        this.grace = grace;
    }

    /**
     * The entries to seal now, in the order to seal them: the leading run of {@code unsealed} (given in
     * insertion order) up to the first gap that may still fill.
     *
     * @param lastSealed the newest insertion number already in the chain (0 when none)
     */
    <T> List<T> toSeal(List<T> unsealed, Function<T, Unsealed> seen, long lastSealed,
            OffsetDateTime now) {
        List<T> chosen = new ArrayList<>();
        long expected = lastSealed + 1;
        for (T entry : unsealed) {
            Unsealed it = seen.apply(entry);
            if (it.appended() > expected && mayStillFill(it, now)) {
                break;
            }
            chosen.add(entry);
            expected = Math.max(expected, it.appended() + 1);
        }
        return chosen;
    }

    /** A gap just before this entry may still fill while the entry is younger than the grace. */
    private boolean mayStillFill(Unsealed after, OffsetDateTime now) {
        return after.occurredAt().plus(grace).isAfter(now);
    }
}
