package org.peelrms.web.shell;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as staff type them, and read them back: {@code dd/mm/yyyy} and {@code dd/mm/yyyy hh:mm}
 * (24-hour, UK time). Strict: a date that does not exist (31/02/2020) or a year outside
 * {@value #FIRST_YEAR}-{@value #LAST_YEAR} (01/01/0001) is refused with a message saying why, never
 * turned into another date (ADR 0027).
 */
public final class TypedDates {
    public static final String DATE_PATTERN = "dd/MM/yyyy";
    public static final String DATE_TIME_PATTERN = "dd/MM/yyyy HH:mm";
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s+(\\d{1,2}):(\\d{2})");
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    private static final DateTimeFormatter SHOWN_DATE_TIME = DateTimeFormatter.ofPattern(DATE_TIME_PATTERN);

    private TypedDates() {
    }

    /** The date typed, e.g. "14/02/1979"; blank is null. */
    public static LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Matcher m = DATE.matcher(typed.strip());
        if (!m.matches()) {
            throw new NotADate("\"" + typed.strip() + "\" is not a date: type it as dd/mm/yyyy, for example 14/02/1979.");
        }
        return day(m.group(1), m.group(2), m.group(3));
    }

    /** The date and time typed, e.g. "14/02/2026 21:05"; blank is null. */
    public static LocalDateTime dateTime(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Matcher m = DATE_TIME.matcher(typed.strip());
        if (!m.matches()) {
            throw new NotADate("\"" + typed.strip()
                    + "\" is not a date and time: type it as dd/mm/yyyy hh:mm (24-hour UK time), for example 14/02/2026 21:05.");
        }
        LocalDate day = day(m.group(1), m.group(2), m.group(3));
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        if (hour > 23 || minute > 59) {
            throw new NotADate("there is no time " + m.group(4) + ":" + m.group(5)
                    + " on a 24-hour clock (00:00 to 23:59).");
        }
        return day.atTime(LocalTime.of(hour, minute));
    }

    public static String show(LocalDate date) {
        return date == null ? "" : date.format(SHOWN_DATE);
    }

    public static String show(LocalDateTime at) {
        return at == null ? "" : at.format(SHOWN_DATE_TIME);
    }

    private static LocalDate day(String dayText, String monthText, String yearText) {
        int day = Integer.parseInt(dayText);
        int month = Integer.parseInt(monthText);
        int year = Integer.parseInt(yearText);
        if (month < 1 || month > 12) {
            throw new NotADate("there is no month " + monthText + ": the month is 01 to 12.");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new NotADate("the year " + yearText + " cannot be right: give a year from " + FIRST_YEAR + " to "
                    + LAST_YEAR + ", in four digits.");
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            throw new NotADate(dayText + "/" + monthText + "/" + yearText + " does not exist: "
                    + yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + year + " has "
                    + yearMonth.lengthOfMonth() + " days.");
        }
        return LocalDate.of(year, month, day);
    }

    /** What was typed is not a date (or time) that exists; the message says why. */
    public static final class NotADate extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotADate(String why) {
            super(why);
        }
    }
}
