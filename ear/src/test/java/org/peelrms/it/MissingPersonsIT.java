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

/**
 * A child reported missing through the REST API is graded, regraded, confirmed by a supervisor, found,
 * offered a return home interview and closed by a supervisor, every step on the audit log; a second
 * episode shows as a repeat; wrong input and the wrong role are refused with a message, nothing half-written.
 *
 * <p>Data: the people it imports in {@code @BeforeAll}, and the cases it reports over REST.
 */
@ExtendWith(ArquillianExtension.class)
class MissingPersonsIT {

    private static final String PEOPLE = """
            ref,surname,forenames,dob,sex,aliases
            MP-001,Brindlecombe,Tegan,2014-03-09,F,
            MP-002,Oxenwhistle,Gareth,1961-10-22,M,
            MP-003,Quillfeather,Dorcas,1979-06-30,F,
            MP-004,Ravenscroft-Ames,Idris,1988-01-17,M,
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
    void aMissingChild_isGradedConfirmedFoundInterviewedAndClosed_andEveryStepIsAudited() {
        long tegan = personId("Brindlecombe");
        OffsetDateTime lastSeen = now().minusHours(3);
        HttpResponse<String> reported = Api.postJson("officer", "api/v1/missing/cases", report(tegan, lastSeen, "Preston bus station"));
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        assertThat(reported.body()).contains("\"status\":\"MISSING\"").contains("\"child\":true").contains("\"CHILD\"")
                .contains("\"reviewState\":\"NOT_GRADED\"").contains("\"receivedBy\":\"officer\"");
        long id = number(reported.body(), "\"id\":(\\d+)");
        String cases = "api/v1/missing/cases/" + id;

        assertThat(Api.get("officer", "api/v1/missing/cases?list=due").body()).contains("\"id\":" + id + ",");

        assertThat(Api.postJson("officer", cases + "/grading", "{\"level\":\"LOW\",\"rationale\":\"Has stayed at a friend's before.\"}")
                .statusCode()).isEqualTo(200);
        String high = Api.postJson("officer", cases + "/grading",
                "{\"level\":\"HIGH\",\"rationale\":\"Seen getting into a car with an older man.\"}").body();
        assertThat(high).contains("\"riskLevel\":\"HIGH\"").contains("\"riskConfirmed\":false")
                .contains("\"kind\":\"FIRST\"").contains("\"kind\":\"REVIEW\"").contains("\"reviewState\":\"SCHEDULED\"");

        assertThat(Api.postJson("officer", cases + "/supervision", "{\"level\":\"HIGH\",\"rationale\":\"Agreed.\"}")
                .statusCode()).isEqualTo(403);
        String confirmed = Api.postJson("supervisor", cases + "/supervision", "{\"level\":\"HIGH\",\"rationale\":\"Agreed: exploitation risk.\"}").body();
        assertThat(confirmed).contains("\"riskConfirmed\":true").contains("\"kind\":\"SUPERVISOR_CONFIRMED\"");

        assertThat(Api.postJson("officer", cases + "/enquiries", "{\"action\":\"Called her best friend\",\"result\":\"Not seen since Friday\"}")
                .body()).contains("Called her best friend");
        HttpResponse<String> vague = Api.postJson("officer", cases + "/sightings",
                "{\"seenAt\":\"%s\",\"place\":\"Avenham Park\",\"seenBy\":\"Park warden\"}".formatted(lastSeen.plusHours(1)));
        assertThat(vague.statusCode()).isEqualTo(400);
        assertThat(vague.body()).contains("how reliable");
        assertThat(Api.postJson("officer", cases + "/sightings",
                "{\"seenAt\":\"%s\",\"place\":\"Avenham Park\",\"seenBy\":\"Park warden\",\"reliability\":\"PROBABLE\"}"
                        .formatted(lastSeen.plusHours(1))).body()).contains("\"reliability\":\"PROBABLE\"");

        HttpResponse<String> tooEarly = Api.postJson("supervisor", cases + "/closure", "{\"note\":\"Done.\"}");
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(tooEarly.body()).contains("only once the person is found");

        OffsetDateTime foundAt = now().minusMinutes(30);
        assertThat(Api.postJson("officer", cases + "/found", """
                {"foundAt":"%s","place":"A flat on Deepdale Road","how":"Traced by police","state":"Safe, tired"}"""
                .formatted(foundAt)).body()).contains("\"status\":\"FOUND\"");
        HttpResponse<String> noInterview = Api.postJson("supervisor", cases + "/closure", "{\"note\":\"Home.\"}");
        assertThat(noInterview.statusCode()).isEqualTo(400);
        assertThat(noInterview.body()).contains("return home interview");
        assertThat(Api.postJson("officer", cases + "/return-interview",
                "{\"offeredAt\":\"%s\",\"outcome\":\"DECLINED\",\"note\":\"Did not want to talk.\"}".formatted(foundAt.plusMinutes(10)))
                .body()).contains("\"interviewOutcome\":\"DECLINED\"");
        assertThat(Api.postJson("officer", cases + "/closure", "{\"note\":\"Home.\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> closed = Api.postJson("supervisor", cases + "/closure", "{\"note\":\"Home; referred to children's services.\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(closed.body()).contains("\"status\":\"CLOSED\"").contains("\"closedBy\":\"supervisor\"");

        HttpResponse<String> again = Api.postJson("officer", "api/v1/missing/cases", report(tegan, now().minusHours(1), "Her school"));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(Pattern.compile("\"caseId\":").matcher(again.body()).results().count()).isEqualTo(2);
        assertThat(Api.get("officer", "api/v1/missing/people/" + tegan + "/episodes").body()).contains("\"count\":2");
        assertThat(Api.get("officer", "api/v1/nominals/search?surname=Brindlecombe&forenames=Tegan").body())
                .as("a search hit says when the person was reported missing")
                .containsPattern("\"missingEpisodes\":\\[\"\\d{4}-\\d{2}-\\d{2}\",\"\\d{4}-\\d{2}-\\d{2}\"\\]");
        assertThat(Api.get("officer", "api/v1/nominals/search?surname=Quillfeather").body()).contains("\"missingEpisodes\":[]");
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=MISSING_PERSON_CASE&action=SEARCH&max=1000").body())
                .as("the episodes come with the hits (ADR 0042): a search writes one SEARCH entry, of people, and no second one")
                .contains("missing episodes of person " + tegan).doesNotContain("in search results");

        String log = Api.get("auditor", "api/v1/audit/entries?recordType=MISSING_PERSON_CASE&recordId=" + id + "&max=100").body();
        assertThat(log).contains("\"action\":\"CREATE\"").contains("\"action\":\"VIEW\"").contains("First grading: Low")
                .contains("Review: Low to High").contains("Confirmed by supervisor").contains("closure approved");
        long second = number(again.body(), "\"id\":(\\d+)");
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=MISSING_PERSON_CASE&recordId=" + second).body())
                .contains("repeat missing (2 episodes)");
    }

    @Test
    void badReports_areRefusedWithAMessage_andNothingIsWritten() {
        long gareth = personId("Oxenwhistle");
        HttpResponse<String> noPlace = Api.postJson("officer", "api/v1/missing/cases", report(gareth, now().minusHours(2), " "));
        assertThat(noPlace.statusCode()).isEqualTo(400);
        assertThat(noPlace.body()).contains("where they were last seen");
        HttpResponse<String> nobody = Api.postJson("officer", "api/v1/missing/cases", report(987_654_321L, now().minusHours(2), "Home"));
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(nobody.body()).contains("no person 987654321 on the people index");
        assertThat(Api.get("officer", "api/v1/missing/people/" + gareth + "/episodes").body()).contains("\"count\":0");

        long id = number(Api.postJson("officer", "api/v1/missing/cases", report(gareth, now().minusHours(2), "Home")).body(), "\"id\":(\\d+)");
        HttpResponse<String> legacy = Api.postJson("officer", "api/v1/missing/cases/" + id + "/grading",
                "{\"level\":\"NO_APPARENT_RISK\",\"rationale\":\"Absent.\"}");
        assertThat(legacy.statusCode()).isEqualTo(400);
        assertThat(legacy.body()).contains("older records only");
        assertThat(Api.get("officer", "api/v1/missing/cases/" + id).body()).contains("\"risk\":[]");
        assertThat(Api.get("officer", "api/v1/missing/cases/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void aPhotograph_isKeptAndGivenBack_andAnythingButAJpegOrPngIsRefused() {
        long idris = personId("Ravenscroft-Ames");
        long id = number(Api.postJson("officer", "api/v1/missing/cases", report(idris, now().minusHours(1), "The allotments"))
                .body(), "\"id\":(\\d+)");
        String photograph = "api/v1/missing/cases/" + id + "/photograph";
        assertThat(Api.get("officer", photograph).statusCode()).isEqualTo(404);

        HttpResponse<String> pdf = Api.request("PUT", "officer", photograph, "image/jpeg",
                "%PDF-1.7 a document named photo.jpg".getBytes(StandardCharsets.US_ASCII));
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(pdf.body()).contains("must be a JPEG or PNG image");
        byte[] huge = java.util.Arrays.copyOf(JPEG, 5 * 1024 * 1024 + 1);
        HttpResponse<String> tooBig = Api.request("PUT", "officer", photograph, "image/jpeg", huge);
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.body()).contains("the most Peel keeps is 5 MiB");
        assertThat(Api.get("officer", photograph).statusCode()).as("nothing kept after a refusal").isEqualTo(404);

        assertThat(Api.request("PUT", "officer", photograph + "?description=" + Api.encode("Passport photo, 2024"),
                "application/octet-stream", PNG).statusCode()).isEqualTo(204);
        HttpResponse<byte[]> back = Api.getBytes("supervisor", photograph);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(back.body()).isEqualTo(PNG);
        assertThat(Api.getBytes("auditor", photograph).statusCode()).isEqualTo(403);

        String log = Api.get("auditor", "api/v1/audit/entries?recordType=MISSING_PERSON_CASE&recordId=" + id).body();
        assertThat(log).contains("photograph added (image/png, " + PNG.length + " bytes)").contains("\"summary\":\"photograph\"");
    }

    @Test
    void linkedPeopleAndPlaces_showOnTheCase_andBadLinksAreRefusedWithAMessage() {
        long idris = personId("Ravenscroft-Ames");
        long dorcas = personId("Quillfeather");
        long id = number(Api.postJson("officer", "api/v1/missing/cases", report(idris, now().minusHours(1), "Deepdale"))
                .body(), "\"id\":(\\d+)");
        String links = "api/v1/missing/cases/" + id + "/links";

        HttpResponse<String> person = Api.postJson("officer", links, "{\"personId\":" + dorcas + ",\"relationship\":\"sister\"}");
        assertThat(person.statusCode()).as(person.body()).isEqualTo(200);
        assertThat(person.body()).contains("\"personId\":" + dorcas).contains("Dorcas QUILLFEATHER").contains("\"relationship\":\"sister\"");
        assertThat(Api.postJson("officer", links, "{\"place\":\"Deepdale allotments, plot 14\",\"relationship\":\"goes there to think\"}")
                .body()).contains("Deepdale allotments, plot 14").contains("goes there to think");

        for (String[] bad : new String[][] {
                {"{\"relationship\":\"friend\"}", "either personId"},
                {"{\"personId\":" + dorcas + ",\"place\":\"Home\",\"relationship\":\"friend\"}", "not both"},
                {"{\"place\":\"Preston station\",\"relationship\":\" \"}", "Say how they are linked"},
                {"{\"personId\":987654321,\"relationship\":\"friend\"}", "no person 987654321"},
                {"{\"personId\":" + idris + ",\"relationship\":\"himself\"}", "the missing person themselves"}}) {
            HttpResponse<String> refused = Api.postJson("officer", links, bad[0]);
            assertThat(refused.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(refused.body()).contains(bad[1]);
        }
        String view = Api.get("officer", "api/v1/missing/cases/" + id).body();
        assertThat(Pattern.compile("\"relationship\":").matcher(view).results().count()).as("nothing half-written").isEqualTo(2);
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=MISSING_PERSON_CASE&recordId=" + id).body())
                .contains("linked person " + dorcas + " (sister)").contains("linked place Deepdale allotments, plot 14");
    }

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Test
    void reviewIntervals_areSetByAnAdministratorOnly_withinLimits() {
        assertThat(Api.get("officer", "api/v1/missing/review-intervals").body()).contains("\"level\":\"HIGH\"")
                .contains("\"minutes\":120");
        assertThat(Api.putJson("supervisor", "api/v1/missing/review-intervals/HIGH", "{\"minutes\":60}").statusCode())
                .isEqualTo(403);
        HttpResponse<String> tooShort = Api.putJson("admin", "api/v1/missing/review-intervals/HIGH", "{\"minutes\":5}");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("from 15 minutes to 30 days");
        HttpResponse<String> set = Api.putJson("admin", "api/v1/missing/review-intervals/VERY_LOW", "{\"minutes\":2880}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(set.body()).contains("\"minutes\":2880").contains("\"changedBy\":\"admin\"");
        assertThat(Api.putJson("admin", "api/v1/missing/review-intervals/VERY_LOW", "{\"minutes\":4320}").statusCode()).isEqualTo(200);
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=MISSING_REVIEW_INTERVAL&recordId=VERY_LOW").body())
                .contains("from 4320 to 2880 minutes");
    }

    @Test
    void theReport_isForAuditors_onScreenAndAsCsv() {
        String today = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String yearAgo = LocalDate.now(ZoneOffset.UTC).minusYears(1).toString();
        HttpResponse<String> report = Api.get("auditor", "api/v1/missing/report?from=" + yearAgo + "&to=" + today);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(report.body()).contains("\"byRiskLevel\"").contains("\"repeatPersons\"");
        HttpResponse<String> csv = Api.get("auditor", "api/v1/missing/report/csv?from=" + yearAgo + "&to=" + today);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("figure,value").contains("\"reviews done late (missed)\"");
        assertThat(Api.get("officer", "api/v1/missing/report?from=" + yearAgo + "&to=" + today).statusCode()).isEqualTo(403);
        assertThat(Api.get("auditor", "api/v1/missing/report?from=2026-02-01&to=2026-01-01").body())
                .contains("ends before it starts");
    }

    private static String report(long personId, OffsetDateTime lastSeen, String place) {
        return """
                {"personId":%d,"reporterName":"Carol Brindlecombe (mother)","reporterContact":"07700 900321",
                 "lastSeenAt":"%s","lastSeenPlace":"%s","circumstances":"Did not come home after school.",
                 "description":"Slim, long brown hair; grey school jumper, black trousers.",
                 "vulnerabilities":["RISK_OF_EXPLOITATION"],"mayGoTo":"Friend's flat on Deepdale Road"}"""
                .formatted(personId, lastSeen, place);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
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
