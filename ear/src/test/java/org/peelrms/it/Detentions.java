package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detentions a test makes for itself through the REST API, booked in as long ago as the state it needs
 * (a review due soon or overdue, a limit passed), so that no test depends on when the demo custody suite
 * was loaded or on what another test left behind.
 */
public final class Detentions {
    private Detentions() {
    }

    /** An ISO time this many minutes ago, to the second. */
    public static String ago(long minutes) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** An ISO time this many hours from now, to the second. */
    public static String hoursFromNow(long hours) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusHours(hours).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * A booking's JSON: arrested 20 minutes before arriving at the station {@code arrivedMinutesAgo}, for
     * assault (indictable or not), observed at {@code level}, told of two of the three rights of PACE Code C
     * (legal advice wanted, someone informed declined) and not yet of the third, with the reason.
     */
    public static String booking(long personId, boolean indictable, boolean authorised, long arrivedMinutesAgo, String level) {
        return """
                {"personId":%d,"arrestedAt":"%s","arrestPlace":"Fishergate, Preston","arrivedAt":"%s",
                 "arrestingOfficer":"PC 1234 Holt",
                 "offences":[{"description":"Assault occasioning actual bodily harm","indictable":%s}],
                 "authorised":%s,"grounds":"To secure and preserve evidence and obtain it by questioning.","cell":"C7",
                 "risk":{"health":"Cut hand","selfHarm":"None disclosed","alcoholAndDrugs":"Smells of drink",
                         "otherRisks":"None","level":"%s"},
                 "rights":[{"entitlement":"LEGAL_ADVICE","at":"%7$s","detail":"Wants the duty solicitor"},
                           {"entitlement":"SOMEONE_INFORMED","at":"%7$s","detail":"Declines"}],
                 "rightsNotYetGiven":[{"entitlement":"CODES_OF_PRACTICE","reason":"Asleep; to be told on waking"}],
                 "property":"Phone, wallet, keys"}""".formatted(personId, ago(arrivedMinutesAgo + 20), ago(arrivedMinutesAgo),
                indictable, authorised, level, ago(Math.max(arrivedMinutesAgo - 35, 1)));
    }

    /** Books the person with this (unique) surname in, as the demo custody officer; the record's id. */
    public static long bookIn(String surname, boolean indictable, long arrivedMinutesAgo, String level) {
        HttpResponse<String> booked = Api.postJson("custody", "api/v1/custody/records",
                booking(personId(surname), indictable, true, arrivedMinutesAgo, level));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return recordId(booked.body());
    }

    /** Two inspector's reviews now, then a superintendent's extension to 25 hours from now (PACE s. 42). */
    public static void extend(long record) {
        for (int review = 0; review < 2; review++) {
            HttpResponse<String> reviewed = Api.postJson("supervisor", "api/v1/custody/records/" + record + "/reviews",
                    "{\"rank\":\"INSPECTOR\",\"notInvolved\":true,\"continueDetention\":true,"
                    + "\"grounds\":\"Interview pending; detention necessary\"}");
            assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(201);
        }
        HttpResponse<String> extension = Api.postJson("supervisor", "api/v1/custody/records/" + record + "/extensions",
                "{\"rank\":\"SUPERINTENDENT\",\"until\":\"" + hoursFromNow(25)
                        + "\",\"grounds\":\"Forensic results awaited; enquiries diligent\"}");
        assertThat(extension.statusCode()).as(extension.body()).isEqualTo(201);
    }

    /** A magistrates' warrant of further detention to 30 hours from now (PACE s. 43). */
    public static void warrant(long record) {
        HttpResponse<String> warrant = Api.postJson("custody", "api/v1/custody/records/" + record + "/warrants",
                "{\"court\":\"Preston Magistrates\",\"until\":\"" + hoursFromNow(30) + "\"}");
        assertThat(warrant.statusCode()).as(warrant.body()).isEqualTo(201);
    }

    /** The id of a custody record in its JSON. */
    public static long recordId(String json) {
        return number(json, "\"id\":(\\d+),\"(?:level|markers|number)\"");
    }

    /** The id of the person on file with this (unique) surname. */
    public static long personId(String surname) {
        return number(Api.get("officer", "api/v1/nominals?q=" + Api.encode(surname) + "&limit=1").body(), "\"id\":(\\d+)");
    }

    /**
     * The JSON object (with everything inside it) that has this member itself, e.g. {@code "recordId":12},
     * or null: the board's lines are objects whose members come in alphabetical order, so the record's id
     * is somewhere in the middle of its line.
     */
    public static String objectWith(String json, String member) {
        java.util.Deque<Integer> open = new java.util.ArrayDeque<>();
        Integer wanted = null;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                if (wanted == null && !open.isEmpty() && json.startsWith(member, i)
                        && !Character.isDigit(json.charAt(Math.min(i + member.length(), json.length() - 1)))) {
                    wanted = open.peek();
                }
                inString = true;
            } else if (c == '{') {
                open.push(i);
            } else if (c == '}') {
                int start = open.pop();
                if (wanted != null && wanted == start) {
                    return json.substring(start, i + 1);
                }
            }
        }
        return null;
    }

    private static long number(String json, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
