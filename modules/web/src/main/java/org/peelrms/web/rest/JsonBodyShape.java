package org.peelrms.web.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a JSON request body against the record it is read into, before JSON-B reads it, and refuses it
 * (IllegalArgumentException, a 400 through {@link ApiErrors}) with a message naming the field: a number
 * where an id or count goes must be a whole number in range ({@code 1.5} is not truncated to 1), an enum
 * one of its values exactly, a date a real date ({@code 2020-02-31} is not), a true/false a boolean; no
 * text may hold a NUL character (PostgreSQL cannot store one); a list holds at most {@value #LIST_LIMIT}
 * entries, none of them null and no id twice. JSON-B itself is lenient about all of these.
 */
final class JsonBodyShape {
    static final int LIST_LIMIT = 100;

    private JsonBodyShape() {
    }

    static void check(JsonValue value, Type type, String field) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (type instanceof Class<?> primitive && primitive.isPrimitive()) {
                throw refused(field, "must be given");
            }
            return;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            list(value, generic.getActualTypeArguments()[0], field);
        } else if (type instanceof Class<?> target) {
            single(value, target, field);
        }
    }

    private static void single(JsonValue value, Class<?> target, String field) {
        if (target == String.class) {
            if (value instanceof JsonString text && text.getString().indexOf('\0') >= 0) {
                throw refused(field, "must not contain a NUL character");
            }
            if (value.getValueType() == JsonValue.ValueType.OBJECT || value.getValueType() == JsonValue.ValueType.ARRAY) {
                throw refused(field, "must be text");
            }
        } else if (target == Long.class || target == long.class) {
            whole(value, field, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (target == Integer.class || target == int.class) {
            whole(value, field, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (target == Short.class || target == short.class) {
            whole(value, field, Short.MIN_VALUE, Short.MAX_VALUE);
        } else if (target == Boolean.class || target == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw refused(field, "must be true or false");
            }
        } else if (target.isEnum()) {
            String constants = Arrays.stream(target.getEnumConstants()).map(each -> ((Enum<?>) each).name())
                    .collect(Collectors.joining(", "));
            if (!(value instanceof JsonString text) || !Arrays.stream(target.getEnumConstants())
                    .anyMatch(each -> ((Enum<?>) each).name().equals(text.getString()))) {
                throw refused(field, "must be one of " + constants + ", not " + shown(value));
            }
        } else if (target == LocalDate.class) {
            time(value, field, LocalDate::parse, "a date written yyyy-mm-dd");
        } else if (target == OffsetDateTime.class) {
            time(value, field, OffsetDateTime::parse, "a date and time with its offset, e.g. 2026-03-01T14:30:00Z");
        } else if (target == ZonedDateTime.class) {
            time(value, field, ZonedDateTime::parse, "a date and time with its offset, e.g. 2026-03-01T14:30:00Z");
        } else if (target == LocalDateTime.class) {
            time(value, field, LocalDateTime::parse, "a date and time, e.g. 2026-03-01T14:30:00");
        } else if (target == Instant.class) {
            time(value, field, Instant::parse, "an instant, e.g. 2026-03-01T14:30:00Z");
        } else if (target == LocalTime.class) {
            time(value, field, LocalTime::parse, "a time, e.g. 14:30");
        } else if (target == YearMonth.class) {
            time(value, field, YearMonth::parse, "a month written yyyy-mm");
        } else if (target.isRecord()) {
            record(value, target, field);
        }
    }

    private static void record(JsonValue value, Class<?> target, String field) {
        if (!(value instanceof JsonObject object)) {
            throw refused(field, "must be a JSON object {…}, not " + shown(value));
        }
        for (RecordComponent component : target.getRecordComponents()) {
            JsonValue given = object.get(component.getName());
            if (given != null) {
                check(given, component.getGenericType(), field == null ? component.getName() : field + "." + component.getName());
            }
        }
    }

    private static void list(JsonValue value, Type element, String field) {
        if (!(value instanceof JsonArray array)) {
            throw refused(field, "must be a list […], not " + shown(value));
        }
        if (array.size() > LIST_LIMIT) {
            throw refused(field, "has " + array.size() + " entries; at most " + LIST_LIMIT + " are taken at once");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue entry = array.get(i);
            if (entry.getValueType() == JsonValue.ValueType.NULL) {
                throw refused(field, "must not contain null (entry " + (i + 1) + ")");
            }
            check(entry, element, field + "[" + i + "]");
            if (entry instanceof JsonNumber && !seen.add(entry.toString())) {
                throw refused(field, "lists " + entry + " twice");
            }
        }
    }

    private static void whole(JsonValue value, String field, long min, long max) {
        BigDecimal number;
        if (value instanceof JsonNumber given) {
            number = given.bigDecimalValue();
        } else if (value instanceof JsonString text && text.getString().strip().matches("-?\\d{1,30}")) {
            number = new BigDecimal(text.getString().strip());
        } else {
            throw refused(field, "must be a whole number, not " + shown(value));
        }
        BigInteger whole;
        try {
            whole = number.toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            throw refused(field, "must be a whole number, not " + number);
        }
        if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            throw refused(field, "is out of range: " + number);
        }
    }

    private static void time(JsonValue value, String field, Function<String, ?> parse, String expected) {
        if (!(value instanceof JsonString text)) {
            throw refused(field, "must be " + expected + ", not " + shown(value));
        }
        try {
            parse.apply(text.getString());
        } catch (DateTimeParseException e) {
            throw refused(field, "must be " + expected + ", not " + shown(value)
                    + (e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : ""));
        }
    }

    private static String shown(JsonValue value) {
        String text = value.toString().replace("\0", "\\u0000");
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static IllegalArgumentException refused(String field, String problem) {
        return new IllegalArgumentException((field == null ? "The request body" : "'" + field + "'") + " " + problem + ".");
    }
}
