package org.peelrms.audit.api;

import java.util.Objects;
import org.peelrms.kernel.UkDateFormat;

/**
 * One field a create or change altered, as its record's history shows it: "surname: Smith → Smyth".
 * Values are the text a user would read; null means the field was empty.
 *
 * @param field    the field's name as an officer knows it, e.g. {@code surname}, {@code risk level}
 * @param oldValue the value before, or null (nothing, or a new record)
 * @param newValue the value after, or null (cleared, or ended)
 */
public record FieldChange(String field, String oldValue, String newValue) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
    }

    /** The change from one value to another, values shown as text (a blank value as null). */
    public static FieldChange of(String field, Object oldValue, Object newValue) {
        return new FieldChange(field, text(oldValue), text(newValue));
    }

    /** A value as people read it: a day as dd/mm/yyyy (UkDateFormat), anything else as its text. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.time.LocalDate day) {
            return UkDateFormat.day(day);
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
