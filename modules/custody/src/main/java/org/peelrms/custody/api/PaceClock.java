package org.peelrms.custody.api;

import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A detention on the PACE clock, worked out at one moment (or at release, once released). Times are
 * in UK time (Europe/London).
 *
 * @param relevantTime    the time the clock runs from (s. 41(2))
 * @param limit           when detention without charge must end under the authorisations given so far
 * @param limitBasis      what sets the limit: "24 hours (s. 41)", "extended (s. 42)", "warrant (s. 43)", "warrant extended (s. 44)"
 * @param inCustody       time from the relevant time to now, or to release
 * @param remaining       time left before the limit (negative once past it); at release, the margin left
 * @param state           the limit's state: running, due soon, overdue (held past the limit) or stopped
 * @param nextReviewDue   the next review's due time, or the first missed one; null once released
 * @param reviewState     the next review's state
 * @param pastLimit       held past the limit in force (now, or at release)
 * @param extensionNote   whether a superintendent may extend now, and if not why not
 * @param reviews         every review due so far, with how it was met
 */
public record PaceClock(OffsetDateTime relevantTime, ZonedDateTime limit, String limitBasis, Duration inCustody,
        Duration remaining, ClockState state, ZonedDateTime nextReviewDue, ClockState reviewState, boolean pastLimit,
        boolean extensionPossible, String extensionNote, List<ReviewCheck> reviews) implements Serializable {

    /** "5 h 20 min left", "0 h 40 min over", or for a released person "released with 3 h 5 min to spare". */
    public String describe() {
        if (state == ClockState.STOPPED) {
            return pastLimit ? "released " + Durations.show(remaining) + " after the limit"
                    : "released " + Durations.show(remaining) + " before the limit";
        }
        return remaining.isNegative() ? Durations.show(remaining) + " over" : Durations.show(remaining) + " left";
    }

    public String inCustodyText() {
        return Durations.show(inCustody);
    }

    public long reviewsMissedOrLate() {
        return reviews.stream().filter(r -> r.status() == ReviewCheck.Status.LATE
                || r.status() == ReviewCheck.Status.MISSED).count();
    }
}
