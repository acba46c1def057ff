package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Merging two records of one person and undoing it, through REST (issue 18 items 2 and 3, ADR 0045): the preview
 * shows the conflicting dates of birth, a merge that leaves them unsettled is refused, the merge gives the survivor
 * the other's names (a search by them finds the survivor, once; an alias ended there arrives ended, by whom and
 * when), marks and markers, the old id leads to the
 * survivor, the queue pair is MERGED and the history holds each field's before and after; undoing it puts both
 * records back exactly as they were. A person restricted from the reviewer cannot be merged (404); one on whose list
 * the reviewer is can, with a reason.
 *
 * <p>Data: the people it imports in {@code @BeforeAll}, their surnames made unique with a random token; their marks,
 * markers and queue pair are written straight into the nominal schema, as the finder and an officer would have.
 */
@ExtendWith(ArquillianExtension.class)
class PersonMergeIT {
    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");
    private static final String TOKEN = UniqueLetters.next();
    private static final String SURVIVOR = "Haverbrook" + TOKEN;
    private static final String MERGED_AWAY = "Quennell" + TOKEN;
    private static final String MERGED_AWAY_ALIAS = "Kettleby" + TOKEN;
    private static final String HIDDEN = "Ashgrove" + TOKEN;
    private static final String LISTED = "Brackenholt" + TOKEN;
    private static final String PLAIN = "Cordwainer" + TOKEN;
    private static long survivor;
    private static long mergedAway;
    private static long hidden;
    private static long listed;
    private static long plain;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @BeforeAll
    static void twoRecordsOfOnePerson() throws InterruptedException, SQLException {
        String csv = """
                ref,surname,forenames,dob,sex,aliases
                PM-%1$s-1,%2$s,Mohammed,1980-03-01,M,Mo %2$s
                PM-%1$s-2,%3$s,Muhammad,1980-01-03,M,Muhd %4$s
                PM-%1$s-3,%5$s,Perpetua,1972-08-30,F,
                PM-%1$s-4,%6$s,Rosalind,1975-04-11,F,
                PM-%1$s-5,%7$s,Rosalind,1975-04-11,F,
                """.formatted(TOKEN, SURVIVOR, MERGED_AWAY, MERGED_AWAY_ALIAS, HIDDEN, LISTED, PLAIN);
        assertThat(Jobs.runImport(csv.getBytes(StandardCharsets.UTF_8))).contains("\"created\":5");
        survivor = Api.personId(SURVIVOR, "PM-" + TOKEN + "-1");
        mergedAway = Api.personId(MERGED_AWAY, "PM-" + TOKEN + "-2");
        hidden = Api.personId(HIDDEN, "PM-" + TOKEN + "-3");
        listed = Api.personId(LISTED, "PM-" + TOKEN + "-4");
        plain = Api.personId(PLAIN, "PM-" + TOKEN + "-5");
        sql("INSERT INTO nominal.identifying_mark VALUES (nextval('nominal.identifying_mark_seq'), " + survivor
                + ", 'TATTOO', 'swallow', 'left hand', 'officer', now())",
                "INSERT INTO nominal.identifying_mark VALUES (nextval('nominal.identifying_mark_seq'), " + mergedAway
                + ", 'SCAR', 'curved scar', 'right cheek', 'officer', now())",
                "INSERT INTO nominal.warning_marker (id, person_id, marker_type, set_by, set_at) VALUES"
                + " (nextval('nominal.warning_marker_seq'), " + mergedAway + ", 'WEAPONS', 'officer', now())",
                "INSERT INTO nominal.possible_duplicate (id, first_person_id, second_person_id, match_weight, probability,"
                + " explanation, status, found_at) VALUES (nextval('nominal.possible_duplicate_seq'), "
                + Math.min(survivor, mergedAway) + ", " + Math.max(survivor, mergedAway)
                + ", 12.5, 0.97, 'forename forms of one name', 'OPEN', now())",
                "UPDATE nominal.person_name SET ended_by = 'sergeant', ended_at = TIMESTAMPTZ '2021-11-15 09:30:00+00'"
                + " WHERE person_id = " + mergedAway);
        restrict(hidden, "officer");
        restrict(listed, "admin");
    }

    @Test
    void mergedAndUndone_bothRecordsAreExactlyAsBefore() throws SQLException {
        String survivorBefore = person(survivor);
        String mergedAwayBefore = person(mergedAway);

        HttpResponse<String> preview = Api.get("admin", "api/v1/nominals/merges/preview?survivor=" + survivor
                + "&mergedAway=" + mergedAway);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("{\"field\":\"DATE_OF_BIRTH\",\"mergedAwayValue\":\"1980-01-03\","
                + "\"survivorValue\":\"1980-03-01\"}").doesNotContain("\"field\":\"SEX\"");

        HttpResponse<String> unsettled = merge("", "", version(survivorBefore));
        assertThat(unsettled.statusCode()).isEqualTo(400);
        assertThat(unsettled.body()).contains("Choose which date of birth to keep");
        HttpResponse<String> stale = merge("", "\"DATE_OF_BIRTH\"", version(survivorBefore) - 1);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);

        HttpResponse<String> merged = merge("", "\"DATE_OF_BIRTH\"", version(survivorBefore));
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        assertThat(merged.headers().firstValue("Location")).isPresent();
        long merge = Long.parseLong(Api.captured(merged.body(), "\"id\":(\\d+)"));

        String united = person(survivor);
        assertThat(united).contains("\"dateOfBirth\":\"1980-01-03\"").contains("\"surname\":\"" + SURVIVOR + "\"")
                .contains("\"surname\":\"" + MERGED_AWAY + "\"").contains("\"surname\":\"" + MERGED_AWAY_ALIAS + "\"")
                .contains("merged record PM-" + TOKEN + "-2").contains("swallow").contains("curved scar")
                .contains("\"type\":\"WEAPONS\"");
        assertThat(nameObject(united, MERGED_AWAY_ALIAS)).as("the alias ended on the merged-away record arrives ended")
                .contains("\"endedBy\":\"sergeant\"").contains("\"endedAt\":\"2021-11-15T");
        assertThat(nameObject(united, MERGED_AWAY)).as("its current name arrives as an alias in use")
                .contains("\"type\":\"ALIAS\"").doesNotContain("\"endedAt\":\"");
        String byOldId = person(mergedAway);
        assertThat(Api.captured(byOldId, "^\\{.*?\"id\":(\\d+),\"markers\"")).isEqualTo(String.valueOf(survivor));
        assertThat(Api.captured(byOldId, "\"openedAs\":\\{\"mergeId\":(\\d+),")).isEqualTo(String.valueOf(merge));
        assertThat(Api.captured(byOldId, "\"openedAs\":\\{[^}]*\"mergedBy\":\"admin\",\"personId\":(\\d+),"))
                .isEqualTo(String.valueOf(mergedAway));

        String found = Api.get("officer", "api/v1/nominals?q=Muhammad+" + MERGED_AWAY + "&limit=10").body();
        assertThat(hits(found, survivor)).as(found).isEqualTo(1);
        assertThat(hits(found, mergedAway)).as("the merged-away record is no search result of its own").isZero();
        assertThat(found).contains("from merged record PM-" + TOKEN + "-2");
        assertThat(pairStatus()).isEqualTo("MERGED");

        String history = Api.get("officer", "api/v1/history/PERSON/" + survivor).body();
        assertThat(history).contains("\"field\":\"date of birth\",\"newValue\":\"03/01/1980\",\"oldValue\":\"01/03/1980\"")
                .contains("\"newValue\":\"alias 'Muhd " + MERGED_AWAY_ALIAS.toUpperCase() + "' (ended)\"")
                .contains("\"field\":\"mark\",\"newValue\":\"scar: curved scar (right cheek)\"")
                .contains("\"field\":\"warning marker\",\"newValue\":\"Weapons\"").contains("merged from");
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=PERSON&recordId=" + survivor).body())
                .contains("Same PNC record " + TOKEN);
        assertThat(Api.get("admin", "api/v1/nominals/merges?first=0&max=200").body()).contains("\"id\":" + merge + ",");
        assertThat(Api.get("admin", "api/v1/nominals/merges/" + merge).body()).contains("Same PNC record " + TOKEN);

        assertThat(Api.postJson("admin", "api/v1/nominals/merges/" + merge + "/undo", "{}").statusCode()).isEqualTo(400);
        HttpResponse<String> undone = Api.postJson("admin", "api/v1/nominals/merges/" + merge + "/undo",
                "{\"reason\":\"Two brothers " + TOKEN + "\"}");
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(undone.body()).contains("\"undoneBy\":\"admin\"");
        HttpResponse<String> twice = Api.postJson("admin", "api/v1/nominals/merges/" + merge + "/undo",
                "{\"reason\":\"again\"}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("already undone");

        assertThat(comparable(person(survivor))).isEqualTo(comparable(survivorBefore));
        assertThat(comparable(person(mergedAway))).isEqualTo(comparable(mergedAwayBefore));
        String again = Api.get("officer", "api/v1/nominals?q=Muhammad+" + MERGED_AWAY + "&limit=10").body();
        assertThat(hits(again, mergedAway)).as(again).isEqualTo(1);
        assertThat(hits(again, survivor)).isZero();
        assertThat(pairStatus()).isEqualTo("OPEN");
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=PERSON&recordId=" + mergedAway).body())
                .contains("merged into").contains("Two brothers " + TOKEN);
    }

    @Test
    void aRestrictedPersonIsMergedOnlyBySomeoneOnItsList() {
        assertThat(Api.get("admin", "api/v1/nominals/merges/preview?survivor=" + plain + "&mergedAway=" + hidden
                + "&reason=tidy").statusCode()).isEqualTo(404);
        HttpResponse<String> refused = Api.postJson("admin", "api/v1/nominals/merges", body(plain, 0, hidden, 0, "", "",
                "tidy"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);

        assertThat(Api.get("admin", "api/v1/nominals/merges/preview?survivor=" + plain + "&mergedAway=" + listed)
                .statusCode()).as("on its list, but no reason given").isEqualTo(428);
        String preview = Api.get("admin", "api/v1/nominals/merges/preview?survivor=" + plain + "&mergedAway=" + listed
                + "&reason=" + Api.encode("Data quality review " + TOKEN)).body();
        HttpResponse<String> merged = Api.postJson("admin", "api/v1/nominals/merges", body(plain,
                Integer.parseInt(Api.captured(preview, "\"survivor\":\\{.*?\"version\":(\\d+)")), listed,
                Integer.parseInt(Api.captured(preview, "\"mergedAway\":\\{.*?\"version\":(\\d+)")), "", "",
                "Data quality review " + TOKEN));
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
    }

    @Test
    void badInputGetsAClearRefusal() {
        assertThat(Api.get("admin", "api/v1/nominals/merges/preview?survivor=" + plain).statusCode()).isEqualTo(400);
        HttpResponse<String> itself = Api.get("admin", "api/v1/nominals/merges/preview?survivor=" + plain
                + "&mergedAway=" + plain);
        assertThat(itself.statusCode()).isEqualTo(400);
        assertThat(itself.body()).contains("cannot be merged with itself");
        assertThat(Api.postJson("admin", "api/v1/nominals/merges", "{}").statusCode()).isEqualTo(400);
        HttpResponse<String> field = Api.postJson("admin", "api/v1/nominals/merges", body(plain, 0, hidden, 0,
                "\"COLOUR\"", "", "why"));
        assertThat(field.statusCode()).isEqualTo(400);
        HttpResponse<String> empty = Api.postJson("admin", "api/v1/nominals/merges", body(plain, 0, hidden, 0,
                "null", "", "why"));
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(empty.body()).contains("must not contain null");
        assertThat(Api.postJson("admin", "api/v1/nominals/merges", body(999999991, 0, 999999992, 0, "", "", "why"))
                .statusCode()).isEqualTo(404);
        assertThat(Api.get("admin", "api/v1/nominals/merges/999999999").statusCode()).isEqualTo(404);
        assertThat(Api.postJson("admin", "api/v1/nominals/merges/999999999/undo", "{\"reason\":\"x\"}").statusCode())
                .isEqualTo(404);
        assertThat(Api.get("admin", "api/v1/nominals/merges?max=100000").statusCode()).isEqualTo(400);
        assertThat(Api.get("officer", "api/v1/nominals/merges").statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> merge(String keepFromSurvivor, String keepFromMergedAway, int survivorVersion) {
        return Api.postJson("admin", "api/v1/nominals/merges", body(survivor, survivorVersion, mergedAway,
                version(person(mergedAway)), keepFromSurvivor, keepFromMergedAway, "Same PNC record " + TOKEN));
    }

    private static String body(long survivorId, int survivorVersion, long mergedAwayId, int mergedAwayVersion,
            String keepFromSurvivor, String keepFromMergedAway, String reason) {
        return ("{\"survivorId\":%d,\"survivorVersion\":%d,\"mergedAwayId\":%d,\"mergedAwayVersion\":%d,"
                + "\"keepFromSurvivor\":[%s],\"keepFromMergedAway\":[%s],\"reason\":\"%s\"}").formatted(survivorId,
                survivorVersion, mergedAwayId, mergedAwayVersion, keepFromSurvivor, keepFromMergedAway, reason);
    }

    private static String person(long id) {
        HttpResponse<String> person = Api.get("officer", "api/v1/nominals/" + id);
        assertThat(person.statusCode()).as(person.body()).isEqualTo(200);
        return person.body();
    }

    /** The other name (a flat JSON object) of this surname on the person's record. */
    private static String nameObject(String person, String surname) {
        Matcher objects = OBJECT.matcher(person);
        while (objects.find()) {
            if (objects.group().contains("\"surname\":\"" + surname + "\"") && objects.group().contains("\"type\":")) {
                return objects.group();
            }
        }
        return "";
    }

    private static int version(String person) {
        return Integer.parseInt(Api.captured(person, "\"version\":(\\d+)\\}$"));
    }

    /** A person's JSON without what any change moves on: the version and who changed it last, when. */
    private static String comparable(String person) {
        return person.replaceAll("\"(changedAt|changedBy)\":(\"[^\"]*\"|null),?", "")
                .replaceAll(",?\"version\":\\d+\\}$", "}");
    }

    private static int hits(String results, long id) {
        Matcher objects = OBJECT.matcher(results);
        int hits = 0;
        while (objects.find()) {
            hits += Pattern.compile("\"id\":" + id + "\\b").matcher(objects.group()).find() ? 1 : 0;
        }
        return hits;
    }

    private static String pairStatus() throws SQLException {
        try (Connection db = DriverManager.getConnection(ItDatabase.jdbcUrl(), "postgres", "postgres");
                Statement sql = db.createStatement();
                ResultSet pair = sql.executeQuery("SELECT status FROM nominal.possible_duplicate WHERE first_person_id = "
                        + Math.min(survivor, mergedAway) + " AND second_person_id = " + Math.max(survivor, mergedAway))) {
            pair.next();
            return pair.getString(1);
        }
    }

    private static void sql(String... statements) throws SQLException {
        try (Connection db = DriverManager.getConnection(ItDatabase.jdbcUrl(), "postgres", "postgres");
                Statement sql = db.createStatement()) {
            for (String statement : statements) {
                sql.executeUpdate(statement);
            }
        }
    }

    /** Restricted by a supervisor (who stays on its list) to the supervisor and this user. */
    private static void restrict(long person, String user) {
        HttpResponse<String> restriction = Api.postJson("supervisor", "api/v1/restrictions", ("{\"recordType\":\"PERSON\","
                + "\"recordId\":%d,\"category\":\"PROTECTED_WITNESS\",\"reason\":\"Merge test %s\",\"users\":[\"%s\"]}")
                .formatted(person, TOKEN, user));
        assertThat(restriction.statusCode()).as(restriction.body()).isEqualTo(201);
    }
}
