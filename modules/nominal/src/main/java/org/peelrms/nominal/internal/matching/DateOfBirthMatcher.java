package org.peelrms.nominal.internal.matching;

import java.time.LocalDate;

/**
 * Compares dates of birth, forgiving the slips people make: day and month swapped, the year one out,
 * one digit wrong. A different date weighs heavily against a match; a missing one neither way.
 */
final class DateOfBirthMatcher {
    static final double EXACT = 1.0;
    static final double SLIP = 0.92;
    static final double ONE_DIGIT = 0.85;
    static final double UNKNOWN = 0.85;
    static final double DIFFERENT = 0.35;

    /** A year of birth alone ("john smyth 1985"): the same year, or one out, agrees. */
    Agreement compareYear(Integer asked, LocalDate recorded) {
        if (asked == null || recorded == null) {
            return new Agreement(UNKNOWN, null);
        }
        if (asked == recorded.getYear()) {
            return new Agreement(EXACT, "year of birth exact");
        }
        return Math.abs(asked - recorded.getYear()) == 1
                ? new Agreement(SLIP, "year of birth one out (" + recorded.getYear() + " on file)")
                : new Agreement(DIFFERENT, "year of birth differs (" + recorded.getYear() + " on file)");
    }

    Agreement compare(LocalDate asked, LocalDate recorded) {
        if (asked == null || recorded == null) {
            return new Agreement(UNKNOWN, null);
        }
        if (asked.equals(recorded)) {
            return new Agreement(EXACT, "date of birth exact");
        }
        if (asked.getYear() == recorded.getYear() && asked.getDayOfMonth() == recorded.getMonthValue()
                && asked.getMonthValue() == recorded.getDayOfMonth()) {
            return new Agreement(SLIP, "date of birth with day and month swapped (" + recorded + " on file)");
        }
        if (asked.equals(recorded.plusYears(1)) || asked.equals(recorded.minusYears(1))) {
            return new Agreement(SLIP, "date of birth a year out (" + recorded + " on file)");
        }
        if (Spelling.distance(asked.toString(), recorded.toString()) == 1) {
            return new Agreement(ONE_DIGIT, "date of birth one digit out (" + recorded + " on file)");
        }
        return new Agreement(DIFFERENT, "date of birth differs (" + recorded + " on file)");
    }
}
