package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 18, item 5 (ADR 0046): a person with links in crime, custody, missing persons and case files, and a duplicate
 * of them with links of their own (one the same as the first's), restricted to a list. Merged over REST, every link
 * names the survivor, the survivor's search hit has both people's missing episodes, the duplicate's name finds the
 * survivor, and the survivor is restricted as the duplicate was; a merge of two people both in custody is refused
 * and moves nothing. Undone, every record reads exactly as before, links included, and the restriction is gone.
 *
 * <p>Data: three people it imports, with surnames of their own, and the records it makes for them over REST.
 */
@ExtendWith(ArquillianExtension.class)
class PersonMergeLinksIT {

    private static final String UNIQUE = UniqueLetters.next();
    private static final String SURVIVOR = "Ashdownfell" + UNIQUE;
    private static final String DUPLICATE = "Brackenholt" + UNIQUE;
    private static final String OTHER = "Cartwrighton" + UNIQUE;
    private static final String NAMED = "Dunmorrow" + UNIQUE;
    private static final String NAMED_TWICE = "Eskerdale" + UNIQUE;
    private static final String EVERYONE = "\"users\":[\"officer\",\"investigator\",\"custody\",\"supervisor\",\"admin\"]";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @BeforeAll
    static void putPeopleOnFile() throws InterruptedException {
        String people = "ref,surname,forenames,dob,sex,aliases\n"
                + "PM-A-" + UNIQUE + "," + SURVIVOR + ",Rowan,1986-05-14,M,\n"
                + "PM-B-" + UNIQUE + "," + DUPLICATE + ",Rowan,1986-05-14,M,\n"
                + "PM-C-" + UNIQUE + "," + OTHER + ",Nell,1990-01-20,F,\n"
                + "PM-D-" + UNIQUE + "," + NAMED + ",Ivo,1979-11-02,M,\n"
                + "PM-E-" + UNIQUE + "," + NAMED_TWICE + ",Ivo,1979-11-02,M,\n";
        assertThat(Jobs.runImport(people.getBytes(StandardCharsets.UTF_8))).contains("\"status\":\"FINISHED\"");
    }

    @Test
    void everyLinkFollowsTheMerge_andComesBackExactlyOnUndo() {
        long a = Detentions.personId(SURVIVOR);
        long b = Detentions.personId(DUPLICATE);
        long c = Detentions.personId(OTHER);
        assertThat(a).isNotEqualTo(b);

        long sharedCrime = crime(null, c);
        link("api/v1/crime/crimes/" + sharedCrime + "/people", a, "SUSPECT");
        link("api/v1/crime/crimes/" + sharedCrime + "/people", b, "SUSPECT");
        link("api/v1/crime/crimes/" + sharedCrime + "/people", b, "WITNESS");
        long reportByB = report(b);
        long crimeOfB = recordCrime(reportByB, c);
        link("api/v1/crime/crimes/" + crimeOfB + "/people", b, "SUSPECT");

        long custodyOfA = Detentions.recordId(created("custody", "api/v1/custody/records",
                Detentions.booking(a, false, true, 300, "GENERAL")));
        long custodyOfB = Detentions.recordId(created("custody", "api/v1/custody/records",
                Detentions.booking(b, false, true, 60, "GENERAL")));

        long missingA = createdId("officer", "api/v1/missing/cases", missing(a, b, 1));
        long missingB = createdId("officer", "api/v1/missing/cases", missing(b, null, 3));
        assertThat(Api.postJson("officer", "api/v1/missing/cases/" + missingA + "/links",
                "{\"personId\":" + c + ",\"relationship\":\"friend\"}").statusCode()).isIn(200, 201);
        assertThat(Api.postJson("officer", "api/v1/missing/cases/" + missingB + "/links",
                "{\"personId\":" + c + ",\"relationship\":\"neighbour\"}").statusCode()).isIn(200, 201);

        long sharedFile = createdId("investigator", "api/v1/casefiles", """
                {"type":"EXPEDITED","supervisor":"supervisor","crimeIds":[%d],"suspectPersonIds":[%d,%d]}"""
                .formatted(sharedCrime, a, b));
        form(sharedFile, "MG15", a, "Interviewed; denied it.");
        form(sharedFile, "MG15", b, "Interviewed; no comment.");
        form(sharedFile, "MG11", c, "I saw two men run off.");
        long fileOfB = createdId("investigator", "api/v1/casefiles", """
                {"type":"EXPEDITED","supervisor":"supervisor","crimeIds":[%d],"suspectPersonIds":[%d]}"""
                .formatted(crimeOfB, b));

        created("supervisor", "api/v1/restrictions", "{\"recordType\":\"PERSON\",\"recordId\":%d,\"category\":\"PROTECTED_WITNESS\",\"reason\":\"Witness in a gang case\",%s}"
                .formatted(b, EVERYONE));

        Map<String, String> records = new LinkedHashMap<>();
        records.put("crime", "api/v1/crime/crimes/" + sharedCrime);
        records.put("crime of B", "api/v1/crime/crimes/" + crimeOfB);
        records.put("custody of A", "api/v1/custody/records/" + custodyOfA);
        records.put("custody of B", "api/v1/custody/records/" + custodyOfB);
        records.put("custody history of A", "api/v1/custody/records?personId=" + a);
        records.put("custody history of B", "api/v1/custody/records?personId=" + b);
        records.put("missing A", "api/v1/missing/cases/" + missingA);
        records.put("missing B", "api/v1/missing/cases/" + missingB);
        records.put("file", "api/v1/casefiles/" + sharedFile);
        records.put("file of B", "api/v1/casefiles/" + fileOfB);
        records.put("files of A", "api/v1/casefiles?personId=" + a);
        records.put("files of B", "api/v1/casefiles?personId=" + b);
        Map<String, String> before = read(records);
        String reporterBefore = Api.get("officer", "api/v1/crime/reports/" + reportByB).body();
        assertThat(reporterBefore).contains("\"reporterPersonId\":" + b);

        HttpResponse<String> bothInCustody = merge(a, b);
        assertThat(bothInCustody.statusCode()).as(bothInCustody.body()).isEqualTo(409);
        assertThat(bothInCustody.body()).contains("Both are in custody now");
        assertThat(read(records)).isEqualTo(before);

        assertThat(Api.postJson("custody", "api/v1/custody/records/" + custodyOfA + "/disposal",
                "{\"type\":\"NO_FURTHER_ACTION\",\"details\":\"No further action\"}").statusCode()).isIn(200, 201);
        before = read(records);
        HttpResponse<String> merged = merge(a, b);
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        long mergeId = number(merged.headers().firstValue("Location").orElse(""), "merges/(\\d+)");

        String crime = get(records.get("crime"));
        assertThat(crime).doesNotContain("\"personId\":" + b + ",");
        assertThat(count(crime, "\"personId\":" + a + ",")).isEqualTo(2);
        assertThat(crime).contains("\"role\":\"WITNESS\"");
        assertThat(get(records.get("crime of B"))).doesNotContain("\"personId\":" + b + ",").contains("\"personId\":" + a + ",");
        assertThat(Api.get("officer", "api/v1/crime/reports/" + reportByB).body()).contains("\"reporterPersonId\":" + a);
        assertThat(get(records.get("custody of B"))).contains("\"personId\":" + a + ",");
        assertThat(count(get(records.get("custody history of A")), "\"number\"")).isEqualTo(2);
        assertThat(get(records.get("missing B"))).contains("\"personId\":" + a + ",").doesNotContain("\"personId\":" + b + ",");
        assertThat(get(records.get("missing A"))).contains("\"reporterPersonId\":" + a + ",");
        String file = get(records.get("file"));
        assertThat(file).doesNotContain("\"personId\":" + b + ",");
        assertThat(count(file, "\"form\":\"MG15\"")).isEqualTo(1);
        assertThat(get(records.get("files of A"))).contains("\"id\":" + fileOfB + ",");
        String hit = Api.get("officer", "api/v1/nominals?q=" + DUPLICATE + "&reason=merge+test").body();
        assertThat(hit).contains("\"id\":" + a + ",").doesNotContain("\"id\":" + b + ",");
        String survivorHit = Api.get("officer", "api/v1/nominals?q=" + SURVIVOR + "&reason=merge+test").body();
        assertThat(Detentions.objectWith(survivorHit, "\"id\":" + a)).contains(day(1)).contains(day(3));
        assertThat(Api.get("supervisor", "api/v1/restrictions/PERSON/" + a).body()).contains("Witness in a gang case")
                .contains("\"investigator\"");
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=CRIME&recordId=" + sharedCrime + "&max=100").body())
                .contains("now names person " + a + ", not person " + b + " (merge " + mergeId + ")")
                .contains("set aside");

        HttpResponse<String> undone = Api.postJson("admin", "api/v1/nominals/merges/" + mergeId + "/undo",
                "{\"reason\":\"Two brothers, not one man\"}");
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(read(records)).isEqualTo(before);
        assertThat(Api.get("officer", "api/v1/crime/reports/" + reportByB).body()).contains("\"reporterPersonId\":" + b);
        assertThat(Api.get("supervisor", "api/v1/restrictions/PERSON/" + a).statusCode()).isEqualTo(404);
        String survivorAlone = Api.get("officer", "api/v1/nominals?q=" + SURVIVOR).body();
        assertThat(Detentions.objectWith(survivorAlone, "\"id\":" + a)).contains(day(1)).doesNotContain(day(3));
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=CASE_FILE&recordId=" + sharedFile + "&max=100")
                .body()).contains("(merge " + mergeId + " undone)");
    }

    /**
     * A write that names a person while a merge of them is in flight (their row locked and pointing at the survivor,
     * not yet committed, as the merge leaves it until it commits) waits for the merge, then names the survivor; it
     * does not slip in under the old id after the merge has moved the links.
     */
    @Test
    void aWriteThatNamesAPersonDuringTheirMerge_waitsForIt_andNamesTheSurvivor() throws Exception {
        long survivor = Detentions.personId(NAMED);
        long mergedAway = Detentions.personId(NAMED_TWICE);
        try (Connection merging = DriverManager.getConnection(ItDatabase.jdbcUrl(), "postgres", "postgres");
                Connection watching = DriverManager.getConnection(ItDatabase.jdbcUrl(), "postgres", "postgres")) {
            merging.setAutoCommit(false);
            try (Statement statement = merging.createStatement()) {
                statement.executeQuery("SELECT id FROM nominal.person WHERE id = " + mergedAway + " FOR UPDATE").close();
                statement.executeUpdate("UPDATE nominal.person SET merged_into = " + survivor + " WHERE id = " + mergedAway);
            }
            CompletableFuture<HttpResponse<String>> write = CompletableFuture.supplyAsync(() ->
                    Api.postJson("officer", "api/v1/crime/reports", """
                            {"reporterPersonId":%d,"method":"IN_PERSON","reportedAt":"%s","whatHappened":"A bike taken.",
                             "location":"Fishergate, Preston","looksLikeCrime":true,"domesticAbuse":false}"""
                            .formatted(mergedAway, Detentions.ago(30))));
            boolean waited = waitsForALock(watching, write);
            merging.commit();
            assertThat(waited).as("the write waited for the merge in flight: " + (write.isDone() ? write.get().body() : ""))
                    .isTrue();
            HttpResponse<String> report = write.get();
            assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
            assertThat(report.body()).contains("\"reporterPersonId\":" + survivor + ",");
        } finally {
            try (Connection db = DriverManager.getConnection(ItDatabase.jdbcUrl(), "postgres", "postgres");
                    Statement statement = db.createStatement()) {
                statement.executeUpdate("UPDATE nominal.person SET merged_into = NULL WHERE id = " + mergedAway);
            }
        }
    }

    /** True once a session of Peel's database waits for a lock on a person; false if the write ends first (never waits). */
    private static boolean waitsForALock(Connection watching, CompletableFuture<?> write) throws Exception {
        for (int look = 0; look < 600 && !write.isDone(); look++) {
            try (Statement statement = watching.createStatement(); ResultSet waiting = statement.executeQuery(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
                            + " AND lower(query) LIKE '%person%'")) {
                waiting.next();
                if (waiting.getLong(1) > 0) {
                    return true;
                }
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static HttpResponse<String> merge(long survivor, long mergedAway) {
        String preview = Api.get("admin", "api/v1/nominals/merges/preview?survivor=" + survivor + "&mergedAway="
                + mergedAway + "&reason=duplicate+review").body();
        int survivorVersion = (int) number(Detentions.objectWith(preview, "\"id\":" + survivor), "\"version\":(\\d+)");
        int mergedAwayVersion = (int) number(Detentions.objectWith(preview, "\"id\":" + mergedAway), "\"version\":(\\d+)");
        return Api.postJson("admin", "api/v1/nominals/merges", """
                {"survivorId":%d,"survivorVersion":%d,"mergedAwayId":%d,"mergedAwayVersion":%d,
                 "reason":"Same man: same date of birth, same address"}"""
                .formatted(survivor, survivorVersion, mergedAway, mergedAwayVersion));
    }

    /** Each record's JSON as a user on every list reads it, with the PACE clock and visits (which tick) left out. */
    private static Map<String, String> read(Map<String, String> records) {
        Map<String, String> read = new LinkedHashMap<>();
        records.forEach((name, path) -> read.put(name, without(without(get(path), "\"clock\":"), "\"visits\":")));
        return read;
    }

    private static String get(String path) {
        HttpResponse<String> read = Api.get("supervisor", path + (path.contains("?") ? "&" : "?") + "reason=merge+test");
        assertThat(read.statusCode()).as(path + ": " + read.body()).isEqualTo(200);
        return read.body();
    }

    /** The JSON without this member, when its value is an object. */
    private static String without(String json, String member) {
        int at = json.indexOf(member + "{");
        if (at < 0) {
            return json;
        }
        String value = Detentions.objectWith(json.substring(at + member.length()), "\"");
        return json.substring(0, at) + json.substring(at + member.length() + value.length());
    }

    private static long crime(Long reporter, long victim) {
        return recordCrime(report(reporter), victim);
    }

    private static long report(Long reporter) {
        return id(created("officer", "api/v1/crime/reports", """
                {"reporterPersonId":%s,"method":"IN_PERSON","reportedAt":"%s","whatHappened":"Two men took a phone.",
                 "location":"Friargate, Preston","looksLikeCrime":true,"domesticAbuse":false}"""
                .formatted(reporter, Detentions.ago(120))));
    }

    private static long recordCrime(long report, long victim) {
        return number(created("officer", "api/v1/crime/reports/" + report + "/crimes", """
                {"crimes":[{"classificationCode":"34B","occurredFrom":"%s","location":"Friargate, Preston",
                            "officerInCharge":"investigator","victimPersonId":%d}]}""".formatted(Detentions.ago(150), victim)),
                "(\\d+)");
    }

    private static void link(String path, long person, String role) {
        HttpResponse<String> linked = Api.postJson("officer", path, "{\"personId\":%d,\"role\":\"%s\"}".formatted(person, role));
        assertThat(linked.statusCode()).as(linked.body()).isIn(200, 201);
    }

    private static void form(long file, String form, long person, String text) {
        created("investigator", "api/v1/casefiles/" + file + "/forms",
                "{\"form\":\"%s\",\"personId\":%d,\"text\":\"%s\"}".formatted(form, person, text));
    }

    private static String missing(long person, Long reporter, int daysAgo) {
        OffsetDateTime reported = OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"personId":%d,"reporterPersonId":%s,"reporterName":"A neighbour","reportedAt":"%s","lastSeenAt":"%s",
                 "lastSeenPlace":"Preston bus station","circumstances":"Did not come home.",
                 "description":"Tall, grey coat.","vulnerabilities":[],"mayGoTo":"Blackpool"}"""
                .formatted(person, reporter, reported, reported.minusHours(2));
    }

    private static String day(int daysAgo) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo).atZoneSameInstant(java.time.ZoneId.of("Europe/London"))
                .toLocalDate().toString();
    }

    private static String created(String user, String path, String json) {
        HttpResponse<String> created = Api.postJson(user, path, json);
        assertThat(created.statusCode()).as(path + ": " + created.body()).isEqualTo(201);
        return created.body();
    }

    private static long createdId(String user, String path, String json) {
        HttpResponse<String> created = Api.postJson(user, path, json);
        assertThat(created.statusCode()).as(path + ": " + created.body()).isEqualTo(201);
        return number(created.headers().firstValue("Location").orElse(""), "/(\\d+)$");
    }

    private static long id(String json) {
        return number(json, "\"id\":(\\d+)");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static long number(String json, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
