package org.peelrms.audit.internal;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.peelrms.kernel.InvalidInput;

/**
 * The hours counted as out of hours, in UK time, e.g. {@code 19:00-07:00} (from 19:00 up to but not
 * including 07:00, across midnight). Peel has no duty rota, so this one window, set for the whole
 * installation with the system property {@value #PROPERTY} (or the environment variable
 * {@value #ENVIRONMENT}; default {@value #DEFAULT}) and changeable for one run of the report, stands
 * in for shift hours (ADR 0021).
 */
final class OutOfHours {
    static final String PROPERTY = "peel.audit.out-of-hours";
    static final String ENVIRONMENT = "PEEL_AUDIT_OUT_OF_HOURS";
    static final String DEFAULT = "19:00-07:00";

    private final LocalTime start;
    private final LocalTime end;

    private OutOfHours(LocalTime start, LocalTime end) {
        this.start = start;
        this.end = end;
    }

    /** The window written {@code HH:mm-HH:mm}; refused with a message otherwise. */
    static OutOfHours parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new InvalidInput("Write the out-of-hours window as two times, e.g. " + DEFAULT + ", not '" + text + "'");
        }
        try {
            LocalTime start = LocalTime.parse(parts[0]);
            LocalTime end = LocalTime.parse(parts[1]);
            if (start.equals(end)) {
                throw new InvalidInput("The out-of-hours window starts and ends at the same time (" + text + ")");
            }
            return new OutOfHours(start, end);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("Write the out-of-hours window as two 24-hour times, e.g. " + DEFAULT + ", not '"
                    + text + "'");
        }
    }

    /** The window given for one run, or else the installation's. */
    static OutOfHours givenOrConfigured(String given) {
        if (given != null && !given.isBlank()) {
            return parse(given);
        }
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(ENVIRONMENT);
        }
        return parse(value == null || value.isBlank() ? DEFAULT : value);
    }

    /** Whether a time of day (UK) falls in the window. */
    boolean contains(LocalTime time) {
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
