package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peelrms.kernel.UkDateFormat;

/**
 * Each record's change history, read over REST: who changed it, when, and each field's old and new value.
 *
 * <p>Data: the people it imports in {@code @BeforeAll} and the changes it makes to them.
 */
@ExtendWith(ArquillianExtension.class)
class RecordHistoryIT {

    private static final String PEOPLE = """
            ref,surname,forenames,dob,sex,aliases
            RH-001,Wetherspindle,Harriet,1988-04-02,F,
            RH-002,Oddbridgeham,Jonas,1975-09-09,M,
            RH-003,Reimportson,Ivy,1990-01-01,F,Ivy Rhymes|Ivy Reams
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @BeforeAll
    static void putPeopleOnFile() throws InterruptedException {
        assertThat(Jobs.runImport(PEOPLE.getBytes(StandardCharsets.UTF_8))).contains("\"status\":\"FINISHED\"");
    }

    @Test
    void aCorrectedPerson_showsWhoChangedWhichFieldFromWhatToWhat() {
        long id = personId("Wetherspindle");
        int version = (int) number(Api.get("officer", "api/v1/nominals/" + id).body(), "\"version\":(\\d+)");

        HttpResponse<String> corrected = Api.request("PUT", "investigator", "api/v1/nominals/" + id, """
                {"version":%d,"surname":"Wetherspindell","forenames":"Harriet","dateOfBirth":"1988-04-02","sex":"FEMALE",
                 "heightCm":165}""".formatted(version));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.body()).contains("\"surname\":\"Wetherspindell\"");

        HttpResponse<String> history = Api.get("officer", "api/v1/history/person/" + id);
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        assertThat(history.body()).contains("\"recordType\":\"PERSON\"")
                .contains("\"username\":\"investigator\"").contains("\"action\":\"CHANGE\"")
                .contains("{\"field\":\"surname\",\"newValue\":\"Wetherspindell\",\"oldValue\":\"Wetherspindle\"}")
                .contains("{\"field\":\"height\",\"newValue\":\"165\"}")
                .doesNotContain("\"field\":\"forenames\",\"newValue\":\"Harriet\",\"oldValue\"");

        HttpResponse<String> stale = Api.request("PUT", "investigator", "api/v1/nominals/" + id, """
                {"version":%d,"surname":"Someone","sex":"FEMALE"}""".formatted(version));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed this person");
        assertThat(Api.get("officer", "api/v1/history/PERSON/" + id).body()).doesNotContain("Someone\"");
    }

    @Test
    void aCrimesHistory_showsItsChangesWithOldAndNewValues_andItsReportsStatusChange() {
        long victim = personId("Oddbridgeham");
        String at = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.SECONDS).toString();
        long report = number(Api.postJson("officer", "api/v1/crime/reports", """
                {"method":"IN_PERSON","reportedAt":"%s","whatHappened":"Bicycle taken from a shed.",
                 "location":"Ribbleton, Preston","looksLikeCrime":true,"domesticAbuse":false}""".formatted(at)).body(),
                "\"id\":(\\d+)");
        HttpResponse<String> recorded = Api.postJson("officer", "api/v1/crime/reports/" + report + "/crimes", """
                {"crimes":[{"classificationCode":"30C","occurredFrom":"%s","officerInCharge":"investigator",
                            "victimPersonId":%d}]}""".formatted(at, victim));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        long crime = number(recorded.body(), "(\\d+)");
        LocalDate first = LocalDate.now().plusDays(7);
        LocalDate second = LocalDate.now().plusDays(14);
        assertThat(Api.postJson("supervisor", "api/v1/crime/crimes/" + crime + "/review",
                "{\"date\":\"" + first + "\"}").statusCode()).isEqualTo(200);
        assertThat(Api.postJson("supervisor", "api/v1/crime/crimes/" + crime + "/review",
                "{\"date\":\"" + second + "\"}").statusCode()).isEqualTo(200);

        String history = Api.get("investigator", "api/v1/history/crime/" + crime).body();
        assertThat(history).contains("\"action\":\"CREATE\"").contains("\"field\":\"crime number\"")
                .contains("\"username\":\"supervisor\"")
                .contains("{\"field\":\"next review\",\"newValue\":\"" + UkDateFormat.day(second) + "\",\"oldValue\":\""
                        + UkDateFormat.day(first) + "\"}");
        assertThat(history.indexOf("\"action\":\"CREATE\"")).as("oldest first")
                .isLessThan(history.indexOf("\"action\":\"CHANGE\""));

        assertThat(Api.get("officer", "api/v1/history/crime-report/" + report).body())
                .contains("{\"field\":\"status\",\"newValue\":\"Recorded as crime\",\"oldValue\":\"Awaiting a decision\"}");
    }

    @Test
    void anUnknownKindOfRecord_is400_aMissingRecord404_andAuditorsAreNotOperational() {
        HttpResponse<String> unknown = Api.get("officer", "api/v1/history/spaceship/1");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("recordType must be one of");
        assertThat(Api.get("officer", "api/v1/history/person/999999999").statusCode()).isEqualTo(404);
        assertThat(Api.get("auditor", "api/v1/history/person/1").statusCode()).isEqualTo(403);
    }

    @Test
    void aReimport_keepsWhatAnOfficerCorrected_endsAnAliasTheFileDropped_andShowsInThePersonsHistory()
            throws InterruptedException {
        long id = personId("Reimportson");
        int version = (int) number(Api.get("officer", "api/v1/nominals/" + id).body(), "\"version\":(\\d+)");
        HttpResponse<String> corrected = Api.request("PUT", "officer", "api/v1/nominals/" + id, """
                {"version":%d,"surname":"Reimportson","forenames":"Ivy","dateOfBirth":"1990-01-10","sex":"FEMALE",
                 "heightCm":170,"pncId":"12/345678A"}""".formatted(version));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);

        String sameFile = Jobs.runImport(PEOPLE.getBytes(StandardCharsets.UTF_8));
        assertThat(sameFile).contains("\"status\":\"FINISHED\"").contains("\"updated\":0");
        String person = Api.get("officer", "api/v1/nominals/" + id).body();
        assertThat(person).contains("\"dateOfBirth\":\"1990-01-10\"").contains("\"heightCm\":170")
                .contains("\"pncId\":\"12/345678A\"");

        String changedAtSource = Jobs.runImport("""
                ref,surname,forenames,dob,sex,aliases
                RH-003,Reimportson,Ivy May,1990-01-01,F,Ivy Rhymes
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(changedAtSource).contains("\"updated\":1");
        person = Api.get("officer", "api/v1/nominals/" + id).body();
        assertThat(person).contains("\"forenames\":\"Ivy May\"").contains("\"dateOfBirth\":\"1990-01-10\"")
                .contains("\"heightCm\":170").contains("\"surname\":\"Reams\"").contains("\"surname\":\"Rhymes\"");
        assertThat(number(person, "\"endedAt\":\"(\\d{4})[^}]*\"surname\":\"Reams\"")).isPositive();

        String history = Api.get("officer", "api/v1/history/person/" + id).body();
        assertThat(history).contains("\"username\":\"admin\"").contains("import job")
                .contains("{\"field\":\"forenames\",\"newValue\":\"Ivy May\",\"oldValue\":\"Ivy\"}")
                .contains("{\"field\":\"other name\",\"oldValue\":\"alias 'Ivy REAMS'\"}");
    }

    @Test
    void aFileOfTwoBatches_namingOnePersonInBoth_appliesItsRowsInTheOrderOfTheFile() throws InterruptedException {
        // 1,200 rows: two batches, written at once (ADR 0053), the ref at line 2 named again at line 1100.
        String token = UniqueLetters.next();
        StringBuilder csv = new StringBuilder("ref,surname,forenames,dob,sex,aliases\n");
        csv.append("RB-").append(token).append("-TWICE,Twicefiled").append(token).append(",Olive,1970-03-03,F,\n");
        for (int line = 3; line <= 1201; line++) {
            if (line == 1100) {
                csv.append("RB-").append(token).append("-TWICE,Twicefiled").append(token)
                        .append(",Olive Mae,1970-03-03,F,Olive Twyford").append(token).append('\n');
            } else {
                csv.append("RB-").append(token).append('-').append(line).append(",Rb").append(UniqueLetters.next())
                        .append(',').append(UniqueLetters.next()).append(',').append(1940 + line % 60)
                        .append("-01-15,U,\n");
            }
        }
        String job = Jobs.runImport(csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(job).contains("\"status\":\"FINISHED\"").contains("\"done\":1200").contains("\"created\":1199")
                .contains("\"updated\":1").contains("\"rejected\":0");

        long id = personId("Twicefiled" + token);
        assertThat(Api.get("officer", "api/v1/nominals/" + id).body()).contains("\"forenames\":\"Olive Mae\"")
                .contains("\"surname\":\"Twyford" + token + "\"");
        assertThat(Api.get("officer", "api/v1/history/person/" + id).body()).contains("import job")
                .contains("{\"field\":\"forenames\",\"newValue\":\"Olive Mae\",\"oldValue\":\"Olive\"}");
    }

    private static long personId(String surname) {
        return number(Api.get("officer", "api/v1/nominals?q=" + surname + "&limit=1").body(), "\"id\":(\\d+)");
    }

    private static long number(String json, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
