package org.peelrms.kernel;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Checks on what a user typed, refusing it with a message they can act on ({@link InvalidInput}, so the
 * transaction rolls back and nothing is half-written). Shared by the operational modules.
 */
public final class Require {
    private Require() {
    }

    /** The text, stripped; refused when blank or longer than {@code max}. */
    public static String text(String value, int max, String whatIsMissing) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(whatIsMissing);
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInput(whatIsMissing.replaceFirst("\\.$", "") + " in at most " + max
                    + " characters (this is " + text.length() + ").");
        }
        return text;
    }

    /** The text stripped, or null when blank; refused when longer than {@code max}. */
    public static String optional(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInput(what + " must be at most " + max + " characters (this is " + text.length() + ").");
        }
        return text;
    }

    public static <T> T present(T value, String whatIsMissing) {
        if (value == null) {
            throw new InvalidInput(whatIsMissing);
        }
        return value;
    }

    /** The earliest time any event in Peel can have happened: records before 1900 are typing slips. */
    public static final OffsetDateTime EARLIEST_EVENT = OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    /** How far a time given may be ahead of the server's clock (a workstation's clock a little fast). */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /**
     * The one rule for a time something happened (an arrest, a report, a sighting, a seizure): not in the
     * future beyond {@link #CLOCK_SKEW}, and not before 1900. {@code what} names it for the message, e.g.
     * "The time of arrest".
     */
    public static OffsetDateTime happened(OffsetDateTime at, OffsetDateTime now, String what) {
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInput(what + " is in the future.");
        }
        if (at.isBefore(EARLIEST_EVENT)) {
            throw new InvalidInput(what + " is before 1900 (" + at.toLocalDate() + "); check the year.");
        }
        return at;
    }

    public static void that(boolean condition, String otherwise) {
        if (!condition) {
            throw new InvalidInput(otherwise);
        }
    }
}
