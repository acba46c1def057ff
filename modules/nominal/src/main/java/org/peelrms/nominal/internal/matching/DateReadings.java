package org.peelrms.nominal.internal.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date of birth typed anywhere in a line, in any of the ways an officer writes one:
 * 14/09/1992, 14/9/92, 14.09.1992, 14-09-1992, 14 09 1992, 1992-09-14, 14091992, 14 Sep 1992,
 * 14th September 1992, Sep 14 1992; or a year alone (1992). Day before month, as in the UK, unless
 * the second number cannot be a month and the first can (09/14/1992 is read as 14 September). A
 * two-digit year is read both ways (19yy and 20yy) when both give someone alive: in the past, and
 * at most {@link #OLDEST} years ago. Day and month swapped are not a further reading: the search
 * forgives that slip anyway.
 */
public final class DateReadings {
    static final int OLDEST = 110;
    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})[/.\\- ](\\d{1,2})[/.\\- ](\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?[ .\\-/]*(?:of )?(" + MONTHS + ")(?!\\p{L})\\.?[ .\\-/,]+(\\d{4}|\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_NAME_DAY = Pattern.compile(
            "(?<![\\p{L}\\d])(" + MONTHS + ")(?!\\p{L})\\.?[ .\\-/]*(\\d{1,2})(?:st|nd|rd|th)?[ ,.\\-/]+(\\d{4}|\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EIGHT_DIGITS = Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})(\\d{4})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    /**
     * What the line says about the date of birth, and the rest of the line (the names).
     *
     * @param dates       the dates it may mean, most likely first; empty when none was typed
     * @param year        a year of birth typed alone, else null
     * @param rest        the line without the date
     * @param notADate    what was typed as a date but is no date (31/02/1990), else null
     */
    public record Found(List<LocalDate> dates, Integer year, String rest, String notADate) {
    }

    private DateReadings() {
    }

    public static Found in(String line, LocalDate today) {
        Matcher iso = ISO.matcher(line);
        if (iso.find()) {
            return found(line, iso, dates(today, iso.group(1), iso.group(2), iso.group(3)));
        }
        Matcher numeric = NUMERIC.matcher(line);
        if (numeric.find()) {
            String first = numeric.group(1);
            String second = numeric.group(2);
            boolean monthFirstOnly = Integer.parseInt(second) > 12 && Integer.parseInt(first) <= 12;
            return found(line, numeric, monthFirstOnly ? dates(today, numeric.group(3), first, second)
                    : dates(today, numeric.group(3), second, first));
        }
        Matcher named = DAY_MONTH_NAME.matcher(line);
        if (named.find()) {
            return found(line, named, dates(today, named.group(3), month(named.group(2)), named.group(1)));
        }
        Matcher monthFirst = MONTH_NAME_DAY.matcher(line);
        if (monthFirst.find()) {
            return found(line, monthFirst, dates(today, monthFirst.group(3), month(monthFirst.group(1)), monthFirst.group(2)));
        }
        Matcher eight = EIGHT_DIGITS.matcher(line);
        if (eight.find()) {
            List<LocalDate> dates = dates(today, eight.group(3), eight.group(2), eight.group(1));
            if (dates.isEmpty()) {
                dates = dates(today, eight.group().substring(0, 4), eight.group().substring(4, 6), eight.group().substring(6));
            }
            return found(line, eight, dates);
        }
        Matcher year = YEAR.matcher(line);
        if (year.find()) {
            return new Found(List.of(), Integer.valueOf(year.group()), remove(line, year), null);
        }
        return new Found(List.of(), null, line, null);
    }

    private static Found found(String line, Matcher date, List<LocalDate> dates) {
        return new Found(dates, null, remove(line, date), dates.isEmpty() ? date.group().strip() : null);
    }

    private static String remove(String line, Matcher date) {
        return line.substring(0, date.start()) + " " + line.substring(date.end());
    }

    private static String month(String name) {
        return String.valueOf(MONTH_NUMBERS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
    }

    /** The dates the numbers can mean: a two-digit year in this century and the last, if not in the future. */
    private static List<LocalDate> dates(LocalDate today, String year, String month, String day) {
        List<Integer> years = new ArrayList<>();
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            int century = today.getYear() / 100 * 100;
            years.add(century + y);
            years.add(century - 100 + y);
        } else {
            years.add(y);
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int one : years) {
            try {
                LocalDate date = LocalDate.of(one, Integer.parseInt(month), Integer.parseInt(day));
                if (year.length() == 4 || !date.isAfter(today) && date.isAfter(today.minusYears(OLDEST))) {
                    dates.add(date);
                }
            } catch (DateTimeException e) {
                // not a date this way
            }
        }
        return dates;
    }
}
