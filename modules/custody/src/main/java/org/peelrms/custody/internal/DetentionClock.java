package org.peelrms.custody.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peelrms.custody.api.ClockState;
import org.peelrms.custody.api.PaceClock;
import org.peelrms.custody.api.Rank;
import org.peelrms.custody.api.ReviewCheck;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.UkDateFormat;

/**
 * The PACE detention clock: the Police and Criminal Evidence Act 1984, ss. 40 to 44, for a person
 * detained without charge. All of Peel's custody time rules live here, as pure functions of the facts
 * of one detention and a moment, so that they can be tested at any time of day and across the clock
 * changes without a container. Durations are elapsed time (24 real hours, whatever the wall clock
 * does); times are shown in UK time. The simplifications are recorded in ADR 0013.
 */
public final class DetentionClock {
    public static final ZoneId UK = UkDateFormat.UK;
    /** s. 41(1): no longer than 24 hours without charge from the relevant time. */
    public static final Duration BASIC_LIMIT = Duration.ofHours(24);
    /** s. 42(1): a superintendent may authorise detention up to 36 hours after the relevant time. */
    public static final Duration EXTENDED_LIMIT = Duration.ofHours(36);
    /** s. 43(12) and s. 44(3): a warrant, or its extension, is for at most 36 hours. */
    public static final Duration WARRANT_PERIOD = Duration.ofHours(36);
    /** s. 44(3): a warrant's extension may not end later than 96 hours after the relevant time. */
    public static final Duration OVERALL_LIMIT = Duration.ofHours(96);
    /** s. 40(3)(a): the first review not later than 6 hours after detention was first authorised. */
    public static final Duration FIRST_REVIEW = Duration.ofHours(6);
    /** s. 40(3)(b) and (c): the second not later than 9 hours after the first, then at most every 9 hours. */
    public static final Duration REVIEW_INTERVAL = Duration.ofHours(9);
    /** The board shows a review as due soon within this of its time. */
    public static final Duration REVIEW_SOON = Duration.ofHours(1);
    /** The board shows the limit as due soon within this of it. */
    public static final Duration LIMIT_SOON = Duration.ofHours(2);

    private DetentionClock() {
    }

    /**
     * The facts of one detention that the clock runs on.
     *
     * @param relevantTime the time the clock runs from (s. 41(2))
     * @param authorisedAt when the custody officer first authorised detention (reviews run from here)
     * @param indictable   whether any offence the person is under arrest for is indictable
     * @param releasedAt   the disposal's time, or null while in custody
     */
    public record Facts(Instant relevantTime, Instant authorisedAt, boolean indictable, List<Review> reviews,
            List<Grant> extensions, List<Grant> warrants, Instant releasedAt) {
    }

    /** A review of detention as done, with the reason for postponing it if it was late. */
    public record Review(Instant at, String by, String postponementReason) {
    }

    /** An extension or a warrant: given at a moment, for detention until a moment, by an officer or a court. */
    public record Grant(Instant at, Instant until, String by) {
    }

    /** The limit in force, and what sets it. */
    public record Limit(Instant end, String basis) {
    }

    /**
     * The relevant time, s. 41(2): for a person who attended the station voluntarily and was arrested
     * there, the time of arrest (s. 41(2)(c)); for anyone else, the time they arrived at the first police
     * station, or 24 hours after the arrest, whichever is earlier (s. 41(2)(d)). The cases of arrests
     * outside England and Wales or by another force (s. 41(2)(a), (b), (ca)) are not modelled (ADR 0013).
     */
    public static Instant relevantTime(Instant arrestedAt, Instant arrivedAt, boolean arrestedAtStation) {
        if (arrestedAtStation) {
            return arrestedAt;
        }
        Instant dayAfterArrest = arrestedAt.plus(BASIC_LIMIT);
        return arrivedAt.isBefore(dayAfterArrest) ? arrivedAt : dayAfterArrest;
    }

    /**
     * The limit in force at a moment: 24 hours from the relevant time, moved on by each extension and
     * warrant given by then. An authorisation counts only if it was given while detention was still
     * lawful (at or before the limit then in force): nothing can make lawful a detention already past it.
     */
    public static Limit limitAt(Facts facts, Instant moment) {
        Instant end = facts.relevantTime().plus(BASIC_LIMIT);
        String basis = "24 hours (s. 41)";
        List<Grant> grants = new ArrayList<>();
        grants.addAll(facts.extensions());
        grants.addAll(facts.warrants());
        grants.sort(Comparator.comparing(Grant::at));
        int warrants = 0;
        for (Grant grant : grants) {
            if (grant.at().isAfter(moment) || grant.at().isAfter(end)) {
                continue;
            }
            boolean warrant = facts.warrants().contains(grant);
            if (grant.until().isAfter(end)) {
                end = grant.until();
                basis = !warrant ? "extended (s. 42)" : warrants == 0 ? "warrant (s. 43)" : "warrant extended (s. 44)";
            }
            if (warrant) {
                warrants++;
            }
        }
        return new Limit(end, basis);
    }

    /**
     * Every review s. 40 required up to {@code end} (release, or now), and how each was met. The first
     * is due 6 hours after detention was first authorised. A review done on time sets the next one 9
     * hours after it was done. A review done late (postponed under s. 40(4), or simply late) does not
     * move the timetable: by s. 40(7) the next is due 9 hours after the late one was due. A due time
     * passed with no review is missed, and the timetable goes on from it.
     */
    public static List<ReviewCheck> reviews(Facts facts, Instant end) {
        List<ReviewCheck> checks = new ArrayList<>();
        Instant due = facts.authorisedAt().plus(FIRST_REVIEW);
        List<Review> done = facts.reviews().stream().filter(r -> !r.at().isAfter(end))
                .sorted(Comparator.comparing(Review::at)).toList();
        for (Review review : done) {
            while (due.plus(REVIEW_INTERVAL).isBefore(review.at())) {
                checks.add(new ReviewCheck(checks.size() + 1, uk(due), null, null, ReviewCheck.Status.MISSED, null));
                due = due.plus(REVIEW_INTERVAL);
            }
            boolean late = review.at().isAfter(due);
            ReviewCheck.Status status = !late ? ReviewCheck.Status.ON_TIME
                    : review.postponementReason() == null ? ReviewCheck.Status.LATE : ReviewCheck.Status.POSTPONED;
            checks.add(new ReviewCheck(checks.size() + 1, uk(due), review.at().atZone(UK).toOffsetDateTime(),
                    review.by(), status, review.postponementReason()));
            due = (late ? due : review.at()).plus(REVIEW_INTERVAL);
        }
        while (due.isBefore(end)) {
            checks.add(new ReviewCheck(checks.size() + 1, uk(due), null, null, ReviewCheck.Status.MISSED, null));
            due = due.plus(REVIEW_INTERVAL);
        }
        checks.add(new ReviewCheck(checks.size() + 1, uk(due), null, null, null, null));
        return checks;
    }

    /** The detention as it stands at {@code now}, or as it stood at release. */
    public static PaceClock read(Facts facts, Instant now) {
        boolean released = facts.releasedAt() != null;
        Instant end = released ? facts.releasedAt() : now;
        Limit limit = limitAt(facts, end);
        Duration remaining = Duration.between(end, limit.end());
        List<ReviewCheck> all = reviews(facts, end);
        List<ReviewCheck> checks = List.copyOf(all.subList(0, all.size() - 1));
        Duration inCustody = Duration.between(facts.relevantTime(), end);
        if (released) {
            return new PaceClock(facts.relevantTime().atZone(UK).toOffsetDateTime(), uk(limit.end()), limit.basis(),
                    inCustody, remaining, ClockState.STOPPED, null, ClockState.STOPPED, remaining.isNegative(), false,
                    "The detention has ended.", checks);
        }
        ClockState state = remaining.isNegative() ? ClockState.OVERDUE
                : remaining.compareTo(LIMIT_SOON) <= 0 ? ClockState.DUE_SOON : ClockState.RUNNING;
        ReviewCheck next = all.get(all.size() - 1);
        for (int i = checks.size() - 1; i >= 0 && checks.get(i).status() == ReviewCheck.Status.MISSED; i--) {
            next = checks.get(i);
        }
        Duration toReview = Duration.between(now, next.due().toInstant());
        ClockState reviewState = toReview.isNegative() ? ClockState.OVERDUE
                : toReview.compareTo(REVIEW_SOON) <= 0 ? ClockState.DUE_SOON : ClockState.RUNNING;
        Optional<String> blocker = extensionBlocker(facts, now);
        String note = blocker.orElse("A superintendent may extend detention to "
                + show(facts.relevantTime().plus(EXTENDED_LIMIT)) + " until " + show(limit.end()) + ".");
        return new PaceClock(facts.relevantTime().atZone(UK).toOffsetDateTime(), uk(limit.end()), limit.basis(),
                inCustody, remaining, state, next.due(), reviewState, remaining.isNegative(), blocker.isEmpty(), note,
                checks);
    }

    /** Refuses a review that PACE does not allow (s. 40(1)(b)); a late review is allowed, and flagged. */
    public static void checkReview(Facts facts, Instant at, Rank rank, boolean notInvolved) {
        stillDetained(facts);
        if (at.isBefore(facts.authorisedAt())) {
            throw new InvalidInput("A review cannot be before detention was authorised (" + show(facts.authorisedAt()) + ").");
        }
        if (rank == null || !rank.atLeast(Rank.INSPECTOR)) {
            throw new InvalidInput("PACE s. 40(1)(b): before charge, detention is reviewed by an officer of at least"
                    + " the rank of inspector; state your rank.");
        }
        if (!notInvolved) {
            throw new InvalidInput("PACE s. 40(1)(b): the review officer must not have been directly involved in the"
                    + " investigation; confirm that you have not been.");
        }
    }

    /** Refuses an extension s. 42 does not allow, with the reason. */
    public static void checkExtension(Facts facts, Instant at, Instant until, Rank rank) {
        stillDetained(facts);
        if (rank == null || !rank.atLeast(Rank.SUPERINTENDENT)) {
            throw new InvalidInput("PACE s. 42(1): detention beyond 24 hours is authorised by an officer of the rank"
                    + " of superintendent or above.");
        }
        extensionBlocker(facts, at).ifPresent(reason -> {
            throw new InvalidInput(reason);
        });
        if (until == null) {
            throw new InvalidInput("Say until when detention is extended (at most 36 hours after the relevant time).");
        }
        Instant most = facts.relevantTime().plus(EXTENDED_LIMIT);
        if (until.isAfter(most)) {
            throw new InvalidInput("PACE s. 42(1): an extension runs to at most 36 hours after the relevant time, that is "
                    + show(most) + ".");
        }
        Limit current = limitAt(facts, at);
        if (!until.isAfter(current.end())) {
            throw new InvalidInput("The extension must end after the limit now in force (" + show(current.end()) + ").");
        }
    }

    /** Why a superintendent may not extend detention at {@code at}, or empty when they may. */
    static Optional<String> extensionBlocker(Facts facts, Instant at) {
        if (!facts.indictable()) {
            return Optional.of("PACE s. 42(1): detention can be extended only for an indictable offence, and none of"
                    + " the offences is indictable.");
        }
        if (!facts.warrants().isEmpty()) {
            return Optional.of("A warrant of further detention has been issued: further time comes only from the court"
                    + " (s. 44).");
        }
        long reviews = facts.reviews().stream().filter(r -> !r.at().isAfter(at)).count();
        if (reviews < 2) {
            return Optional.of("PACE s. 42(4)(b): an extension cannot be given before the second review; " + reviews
                    + (reviews == 1 ? " review has" : " reviews have") + " been done.");
        }
        Limit current = limitAt(facts, at);
        if (at.isAfter(current.end())) {
            return Optional.of("PACE s. 42(4)(a): an extension must be given before the limit in force ends ("
                    + show(current.end()) + "); the person must now be charged or released.");
        }
        if (!current.end().isBefore(facts.relevantTime().plus(EXTENDED_LIMIT))) {
            return Optional.of("Detention is already extended to 36 hours; more time needs a warrant from a"
                    + " magistrates' court (s. 43).");
        }
        return Optional.empty();
    }

    /** Refuses a warrant of further detention (s. 43) or its extension (s. 44) that the Act does not allow. */
    public static void checkWarrant(Facts facts, Instant issuedAt, Instant until) {
        stillDetained(facts);
        if (!facts.indictable()) {
            throw new InvalidInput("PACE s. 43(4): a warrant of further detention is only for an indictable offence, and"
                    + " none of the offences is indictable.");
        }
        Limit current = limitAt(facts, issuedAt);
        if (issuedAt.isAfter(current.end())) {
            throw new InvalidInput("The warrant was issued after the limit in force ended (" + show(current.end())
                    + "); it cannot make that detention lawful.");
        }
        if (facts.warrants().isEmpty() && issuedAt.isAfter(facts.relevantTime().plus(EXTENDED_LIMIT))) {
            throw new InvalidInput("PACE s. 43(5): a warrant is applied for within 36 hours of the relevant time.");
        }
        if (until == null) {
            throw new InvalidInput("Say until when the warrant authorises detention.");
        }
        if (!until.isAfter(current.end())) {
            throw new InvalidInput("The warrant must run beyond the limit now in force (" + show(current.end()) + ").");
        }
        if (until.isAfter(issuedAt.plus(WARRANT_PERIOD))) {
            throw new InvalidInput("PACE ss. 43(12), 44(3): a warrant, or its extension, is for at most 36 hours from"
                    + " when it is issued, that is until " + show(issuedAt.plus(WARRANT_PERIOD)) + ".");
        }
        Instant most = facts.relevantTime().plus(OVERALL_LIMIT);
        if (until.isAfter(most)) {
            throw new InvalidInput("PACE s. 44(3): detention cannot go beyond 96 hours after the relevant time, that is "
                    + show(most) + ".");
        }
    }

    private static void stillDetained(Facts facts) {
        if (facts.releasedAt() != null) {
            throw new InvalidInput("The detention ended at " + show(facts.releasedAt()) + ".");
        }
    }

    static ZonedDateTime uk(Instant instant) {
        return instant.atZone(UK);
    }

    /** "12/06/2026 10:00" in UK time. */
    static String show(Instant instant) {
        return instant.atZone(UK).format(UkDateFormat.MINUTE);
    }
}
