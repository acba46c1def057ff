package org.peelrms.crime.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peelrms.kernel.InvalidInput;

/**
 * A force's format for crime reference numbers, e.g. {@code CR/{yyyy}/{seq:6}} giving CR/2026/000123.
 * Placeholders: {@code {yyyy}} the year of recording, {@code {yy}} its last two digits, {@code {seq}} the
 * number within the year, {@code {seq:N}} the same padded with zeros to N digits. Numbers restart each
 * year. Set with the system property {@value #PROPERTY} or the environment variable {@value #ENVIRONMENT};
 * the default is {@value #DEFAULT}.
 */
public final class CrimeNumberFormat {
    public static final String PROPERTY = "peel.crime.number.format";
    public static final String ENVIRONMENT = "PEEL_CRIME_NUMBER_FORMAT";
    public static final String DEFAULT = "CR/{yyyy}/{seq:6}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(yyyy|yy|seq(?::(\\d{1,2}))?)}");

    private final String pattern;

    public CrimeNumberFormat(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new InvalidInput("The crime number format is empty; it needs at least {seq}, e.g. " + DEFAULT);
        }
        if (!PLACEHOLDER.matcher(pattern).results().anyMatch(m -> m.group(1).startsWith("seq"))) {
            throw new InvalidInput("The crime number format '" + pattern + "' has no {seq} or {seq:N}, so its numbers"
                    + " would not be unique; e.g. " + DEFAULT);
        }
        if (pattern.replaceAll(PLACEHOLDER.pattern(), "").matches(".*[{}].*")) {
            throw new InvalidInput("The crime number format '" + pattern + "' has a placeholder Peel does not know;"
                    + " use {yyyy}, {yy}, {seq} or {seq:N}");
        }
        this.pattern = pattern.strip();
    }

    /** The format configured for this installation. */
    public static CrimeNumberFormat configured() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(ENVIRONMENT);
        }
        return new CrimeNumberFormat(value == null || value.isBlank() ? DEFAULT : value);
    }

    /** The number for the given year and sequence within the year. */
    public String format(int year, long sequence) {
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder number = new StringBuilder();
        while (matcher.find()) {
            String token = matcher.group(1);
            String value;
            if (token.equals("yyyy")) {
                value = String.format("%04d", year);
            } else if (token.equals("yy")) {
                value = String.format("%02d", year % 100);
            } else if (matcher.group(2) != null) {
                value = String.format("%0" + Integer.parseInt(matcher.group(2)) + "d", sequence);
            } else {
                value = Long.toString(sequence);
            }
            matcher.appendReplacement(number, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(number);
        return number.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
