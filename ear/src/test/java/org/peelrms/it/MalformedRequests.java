package org.peelrms.it;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.peelrms.it.RestEndpoints.Endpoint;

/**
 * The generated table of malformed requests: for every endpoint, bodies that are not JSON, not UTF-8 or
 * of the wrong shape; each field of its body given a value of the wrong kind (text for a number, 1.5 for
 * an id, a lower-case or unknown enum, 2020-02-31, "", a NUL, null in a list, a list of 101, an id twice);
 * path and query parameters of the wrong kind; the wrong content type. None of them may be taken.
 */
final class MalformedRequests {
    /** An id no record has, so that nothing is found even if a request got through. */
    static final String NO_SUCH_ID = "987654321";
    private static final Set<String> DATE_PARAMETERS = Set.of("from", "to", "dob", "date");
    private static final Map<String, String> USER_OF_ROLE = Map.of("OFFICER", "officer", "CUSTODY_OFFICER", "custody",
            "INVESTIGATOR", "investigator", "SUPERVISOR", "supervisor", "AUDITOR", "auditor", "ADMIN", "admin");

    /** One request, what is wrong with it, and the field or parameter its answer should name (or null). */
    record Request(Endpoint endpoint, String what, String user, String method, String path, String contentType,
            byte[] body, String names) {

        @Override
        public String toString() {
            return method + " " + path + " as " + user + " (" + what + ")";
        }
    }

    private MalformedRequests() {
    }

    static List<Request> of(List<Endpoint> endpoints) {
        List<Request> requests = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            requests.addAll(of(endpoint));
        }
        return requests;
    }

    private static List<Request> of(Endpoint endpoint) {
        List<Request> requests = new ArrayList<>();
        String user = endpoint.roles().stream().map(USER_OF_ROLE::get).filter(java.util.Objects::nonNull).findFirst()
                .orElse("officer");
        Map<String, String> ids = new LinkedHashMap<>();
        endpoint.pathParams().forEach((name, type) -> ids.put(name, goodPathValue(name, type)));
        String path = endpoint.path(ids);
        boolean json = endpoint.body() != null && (isRecord(endpoint.body()) || isCollection(endpoint.body()));
        byte[] validish = json ? (isRecord(endpoint.body()) ? "{}" : "[]").getBytes(StandardCharsets.UTF_8) : null;
        String type = json ? "application/json" : endpoint.body() != null ? "application/octet-stream" : null;

        if (json) {
            for (String[] broken : BROKEN_BODIES) {
                requests.add(new Request(endpoint, "body " + broken[0], user, endpoint.method(), path, "application/json",
                        broken[1].getBytes(StandardCharsets.UTF_8), null));
            }
            requests.add(new Request(endpoint, "body not UTF-8", user, endpoint.method(), path, "application/json",
                    new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, null));
            requests.add(new Request(endpoint, "body with a raw NUL byte", user, endpoint.method(), path, "application/json",
                    new byte[] {'{', '"', 'a', '"', ':', '"', 0, '"', '}'}, null));
            if (isRecord(endpoint.body())) {
                requests.add(new Request(endpoint, "a list where an object goes", user, endpoint.method(), path,
                        "application/json", "[{}]".getBytes(StandardCharsets.UTF_8), null));
                fields(endpoint, user, path, (Class<?>) raw(endpoint.body()), "", "", requests, 0);
            }
            requests.add(new Request(endpoint, "text/plain content type", user, endpoint.method(), path, "text/plain",
                    validish, null));
            requests.add(new Request(endpoint, "XML content type", user, endpoint.method(), path, "application/xml",
                    "<a/>".getBytes(StandardCharsets.UTF_8), null));
            if (!endpoint.pathParams().isEmpty()) {
                requests.add(new Request(endpoint, "empty body", user, endpoint.method(), path, "application/json",
                        new byte[0], null));
            }
        } else if (endpoint.body() != null) {
            requests.add(new Request(endpoint, "JSON where a file goes", user, endpoint.method(), path, "application/json",
                    "{}".getBytes(StandardCharsets.UTF_8), null));
            requests.add(new Request(endpoint, "bytes that are neither text nor an image", user, endpoint.method(), path,
                    "application/octet-stream", new byte[] {(byte) 0xC3, 0x28, 0, (byte) 0xFF, 1, 2}, null));
        }

        for (Map.Entry<String, Class<?>> parameter : endpoint.pathParams().entrySet()) {
            List<String> bad = new ArrayList<>(List.of("%00"));
            if (isWholeNumber(parameter.getValue())) {
                bad.addAll(List.of("1.5", "abc", "99999999999999999999", "-1e3"));
            } else if (parameter.getValue().isEnum()) {
                bad.addAll(List.of("not-a-value", parameter.getValue().getEnumConstants()[0].toString().toLowerCase(Locale.ROOT)));
            }
            for (String value : bad) {
                Map<String, String> values = new LinkedHashMap<>(ids);
                values.put(parameter.getKey(), value);
                requests.add(new Request(endpoint, "path parameter " + parameter.getKey() + "=" + value, user,
                        endpoint.method(), endpoint.path(values), type, validish == null && type != null ? new byte[0] : validish,
                        value.equals("%00") ? null : parameter.getKey()));
            }
        }
        for (Map.Entry<String, Class<?>> parameter : endpoint.queryParams().entrySet()) {
            List<String> bad = new ArrayList<>(List.of("a%00b"));
            if (isWholeNumber(parameter.getValue())) {
                bad.addAll(List.of("abc", "1.5", "99999999999999999999"));
            } else if (DATE_PARAMETERS.contains(parameter.getKey())) {
                bad.addAll(List.of("2020-02-31", "31/12/2020"));
            }
            // The endpoint's other dates given well, so that the one bad parameter is the request's only fault.
            StringBuilder others = new StringBuilder();
            endpoint.queryParams().keySet().stream()
                    .filter(other -> !other.equals(parameter.getKey()) && DATE_PARAMETERS.contains(other))
                    .forEach(other -> others.append(other).append("=2026-01-01&"));
            for (String value : bad) {
                requests.add(new Request(endpoint, "query parameter " + parameter.getKey() + "=" + value, user,
                        endpoint.method(), path + "?" + others + parameter.getKey() + "=" + value, type,
                        validish == null && type != null ? new byte[0] : validish,
                        value.contains("%00") ? null : parameter.getKey()));
            }
        }
        return requests;
    }

    /** Each field of the record given wrong values, alone; one level into records and lists of records within. */
    private static void fields(Endpoint endpoint, String user, String path, Class<?> record, String prefix,
            String suffix, List<Request> requests, int depth) {
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            for (String value : wrongValues(component.getGenericType())) {
                String body = "{" + prefix + "\"" + name + "\":" + value + suffix + "}";
                requests.add(new Request(endpoint, "field " + name + "=" + shortened(value), user, endpoint.method(), path,
                        "application/json", body.getBytes(StandardCharsets.UTF_8), name));
            }
            if (depth == 0) {
                Type type = component.getGenericType();
                if (isRecord(type)) {
                    fields(endpoint, user, path, (Class<?>) raw(type), prefix + "\"" + name + "\":{", "}" + suffix,
                            requests, 1);
                } else if (isCollection(type) && isRecord(element(type))) {
                    fields(endpoint, user, path, (Class<?>) raw(element(type)), prefix + "\"" + name + "\":[{", "}]" + suffix,
                            requests, 1);
                }
            }
        }
    }

    private static List<String> wrongValues(Type type) {
        Class<?> raw = raw(type);
        if (isWholeNumber(raw)) {
            return List.of("\"abc\"", "1.5", "1e400", "99999999999999999999", "\"\"", "true", "{}", "[]");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return List.of("\"yes\"", "2", "{}");
        }
        if (raw.isEnum()) {
            return List.of("\"" + raw.getEnumConstants()[0].toString().toLowerCase(Locale.ROOT) + "\"", "\"NOT_A_VALUE\"",
                    "7", "\"\"", "[]");
        }
        if (raw == LocalDate.class) {
            return List.of("\"2020-02-31\"", "\"\"", "\"31/12/2020\"", "20200101", "\"2020-13-01\"");
        }
        if (raw == OffsetDateTime.class || raw == ZonedDateTime.class || raw == Instant.class || raw == LocalDateTime.class) {
            return List.of("\"0001-01-01\"", "\"2020-02-31T10:00:00Z\"", "\"\"", "12345", "\"yesterday\"");
        }
        if (raw == String.class) {
            return List.of("\"a\\u0000b\"", "{}", "[]");
        }
        if (Collection.class.isAssignableFrom(raw)) {
            List<String> values = new ArrayList<>(List.of("[null]", "\"not a list\"", "{}",
                    IntStream.rangeClosed(1, 101).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"))));
            if (isWholeNumber(raw(element(type)))) {
                values.addAll(List.of("[1.5]", "[5,5]", "[\"x\"]"));
            }
            return values;
        }
        if (raw.isRecord()) {
            return List.of("\"text\"", "[]", "5");
        }
        return List.of();
    }

    private static final String[][] BROKEN_BODIES = {
        {"cut short", "{"}, {"cut short after a field", "{\"a\":"}, {"not JSON", "not json"}, {"unclosed list", "[1,2"},
        {"trailing brace", "{}}"}, {"null", "null"}, {"a string", "\"text\""}, {"a number", "123"},
        {"single quotes", "{'a':1}"}, {"a comment", "{/* x */}"}, {"nested too deep", "[".repeat(5000)},
    };

    /**
     * Path values that are not themselves the fault, so that a request has one thing wrong and its message can
     * name it: ids of no record, an enum's first value, a real report's name; any other text names nothing.
     */
    private static String goodPathValue(String name, Class<?> type) {
        if (isWholeNumber(type)) {
            return NO_SUCH_ID;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        return "report".equals(name) ? "unusual-activity" : "nosuchthing";
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == Long.class || type == long.class || type == Integer.class || type == int.class;
    }

    private static boolean isRecord(Type type) {
        return raw(type).isRecord();
    }

    private static boolean isCollection(Type type) {
        return Collection.class.isAssignableFrom(raw(type));
    }

    private static Class<?> raw(Type type) {
        if (type instanceof ParameterizedType generic) {
            return (Class<?>) generic.getRawType();
        }
        return type instanceof Class<?> plain ? plain : Object.class;
    }

    private static Type element(Type type) {
        return type instanceof ParameterizedType generic ? generic.getActualTypeArguments()[0] : Object.class;
    }

    private static String shortened(String value) {
        return value.length() > 24 ? value.substring(0, 24) + "…" : value;
    }
}
