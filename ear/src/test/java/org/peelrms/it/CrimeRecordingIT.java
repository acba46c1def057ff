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
 * A report taken down through the REST API is recorded as one crime per victim on the 24-hour clock,
 * investigated, finalised and cancelled only as the counting rules allow, every step on the audit
 * log; wrong input and the wrong role are refused with a message, and nothing is half-written.
 *
 * <p>Data: the people it imports in {@code @BeforeAll}, and the reports and crimes it records over REST.
 */
@ExtendWith(ArquillianExtension.class)
class CrimeRecordingIT {

    private static final String PEOPLE = """
            ref,surname,forenames,dob,sex,aliases
            CR-001,Vexingford,Annabel,1984-02-11,F,
            CR-002,Quillerbrook,Bobbie,1991-07-30,F,
            CR-003,Tarrantwhistle,Carl,1979-12-03,M,
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
    void aReport_becomesOneCrimePerVictim_isFinalisedAndCancelledByTheRules_andEveryStepIsAudited() {
        long ann = personId("Vexingford");
        long bob = personId("Quillerbrook");
        long carl = personId("Tarrantwhistle");
        String reportedAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).truncatedTo(ChronoUnit.SECONDS).toString();
        HttpResponse<String> received = Api.postJson("officer", "api/v1/crime/reports", """
                {"reporterPersonId":%d,"method":"EMERGENCY_CALL","reportedAt":"%s",
                 "whatHappened":"Two women punched outside a takeaway by a man they know.",
                 "location":"Fishergate, Preston","looksLikeCrime":true,"domesticAbuse":false}""".formatted(ann, reportedAt));
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        assertThat(received.body()).contains("\"status\":\"OPEN\"").contains("\"state\":\"RUNNING\"")
                .contains("\"receivedBy\":\"officer\"");
        long report = number(received.body(), "\"id\":(\\d+)");

        HttpResponse<String> recorded = Api.postJson("officer", "api/v1/crime/reports/" + report + "/crimes", """
                {"crimes":[{"classificationCode":"8N","occurredFrom":"%1$s","location":"Fishergate, Preston",
                            "modusOperandi":"Punched in the face","officerInCharge":"investigator","victimPersonId":%2$d},
                           {"classificationCode":"105A","occurredFrom":"%1$s","officerInCharge":"investigator",
                            "victimPersonId":%3$d}]}""".formatted(reportedAt, ann, bob));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        Matcher ids = Pattern.compile("(\\d+)").matcher(recorded.body());
        ids.find();
        long first = Long.parseLong(ids.group(1));
        ids.find();
        long second = Long.parseLong(ids.group(1));

        String decided = Api.get("officer", "api/v1/crime/reports/" + report).body();
        assertThat(decided).contains("\"status\":\"RECORDED\"").contains("\"decidedBy\":\"officer\"")
                .contains("\"state\":\"DECIDED_IN_TIME\"").containsPattern("\"number\":\"CR/\\d{4}/\\d{6}\"");

        HttpResponse<String> secondCrimeForAnn = Api.postJson("officer", "api/v1/crime/crimes/" + second + "/people",
                "{\"personId\":%d,\"role\":\"VICTIM\"}".formatted(ann));
        assertThat(secondCrimeForAnn.statusCode()).isEqualTo(400);
        assertThat(secondCrimeForAnn.body()).contains("One crime per victim");

        HttpResponse<String> withoutDecision = Api.postJson("investigator", "api/v1/crime/crimes/" + first + "/finalise",
                "{\"outcome\":16,\"rationale\":\"Victim withdrew support.\"}");
        assertThat(withoutDecision.statusCode()).isEqualTo(400);
        assertThat(withoutDecision.body()).contains("needs a suspect or offender linked");
        Api.postJson("investigator", "api/v1/crime/crimes/" + first + "/people",
                "{\"personId\":%d,\"role\":\"SUSPECT\"}".formatted(carl));
        assertThat(Api.postJson("investigator", "api/v1/crime/crimes/" + first + "/finalise",
                "{\"outcome\":16,\"rationale\":\"Victim withdrew support.\"}").body())
                .contains("needs the victim's decision recorded");
        HttpResponse<String> finalised = Api.postJson("investigator", "api/v1/crime/crimes/" + first + "/finalise", """
                {"outcome":16,"rationale":"Victim withdrew support; no other evidence.",
                 "victimDecision":{"howObtained":"In person, signed statement","obtainedAt":"%s",
                                   "obtainedBy":"PC 1234 Holt","victimsWords":"I just want it to stop."}}"""
                .formatted(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(finalised.statusCode()).as(finalised.body()).isEqualTo(200);
        assertThat(finalised.body()).contains("\"status\":\"FINALISED\"").contains("\"outcome\":\"VICTIM_DOES_NOT_SUPPORT\"")
                .contains("I just want it to stop.");

        long request = number(Api.postJson("investigator", "api/v1/crime/crimes/" + second + "/cancellations",
                "{\"reason\":\"DUPLICATE\",\"evidence\":\"Same assault as the first crime\"}").body(), "\"id\":(\\d+)");
        assertThat(Api.postJson("investigator", "api/v1/crime/crimes/" + second + "/cancellations/" + request + "/decision",
                "{\"approve\":true}").statusCode()).isEqualTo(403);
        HttpResponse<String> approved = Api.postJson("supervisor", "api/v1/crime/crimes/" + second + "/cancellations/"
                + request + "/decision", "{\"approve\":true,\"note\":\"Checked: same incident.\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(approved.body()).contains("\"status\":\"CANCELLED\"").contains("\"decidedBy\":\"supervisor\"");
        assertThat(Api.get("officer", "api/v1/crime/crimes/" + second).statusCode()).isEqualTo(200);

        String log = Api.get("auditor", "api/v1/audit/entries?recordType=CRIME&recordId=" + first + "&max=100").body();
        assertThat(log).contains("\"action\":\"CREATE\"").contains("\"action\":\"CHANGE\"").contains("\"action\":\"VIEW\"")
                .contains("finalised: Outcome 16");
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=CRIME_REPORT&recordId=" + report).body())
                .contains("recorded as crime: CR/");
    }

    @Test
    void aReportWithAnUnknownClassification_isRefused_andStaysOpenWithNoCrime() {
        long report = newReport("officer", false);
        HttpResponse<String> refused = Api.postJson("officer", "api/v1/crime/reports/" + report + "/crimes", """
                {"crimes":[{"classificationCode":"8N","occurredFrom":"2026-01-01T10:00:00Z","officerInCharge":"officer"},
                           {"classificationCode":"ZZ9","occurredFrom":"2026-01-01T10:00:00Z","officerInCharge":"officer"}]}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("There is no Home Office offence classification 'ZZ9'");
        assertThat(Api.get("officer", "api/v1/crime/reports/" + report).body()).contains("\"status\":\"OPEN\"")
                .contains("\"crimes\":[]");
    }

    @Test
    void badReports_areRefusedWithAMessage_andAMissingOneIs404() {
        HttpResponse<String> noWhat = Api.postJson("officer", "api/v1/crime/reports",
                "{\"method\":\"ONLINE\",\"location\":\"Preston\",\"looksLikeCrime\":true}");
        assertThat(noWhat.statusCode()).isEqualTo(400);
        assertThat(noWhat.body()).contains("Say what happened.");
        HttpResponse<String> nobody = Api.postJson("officer", "api/v1/crime/reports",
                "{\"reporterPersonId\":999999999,\"method\":\"ONLINE\",\"whatHappened\":\"x\",\"location\":\"y\"}");
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(nobody.body()).contains("There is no person 999999999 on the people index");
        assertThat(Api.get("officer", "api/v1/crime/reports/999999999").statusCode()).isEqualTo(404);
        assertThat(Api.get("auditor", "api/v1/crime/reports/1").statusCode()).isEqualTo(403);
    }

    @Test
    void onlyASupervisor_closesAReportAsNonCrime_andOnlyWithARationale() {
        long report = newReport("officer", false);
        assertThat(Api.postJson("officer", "api/v1/crime/reports/" + report + "/non-crime",
                "{\"rationale\":\"Not a crime\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> blank = Api.postJson("supervisor", "api/v1/crime/reports/" + report + "/non-crime",
                "{\"rationale\":\"  \"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("Write why this is not a crime");
        HttpResponse<String> closed = Api.postJson("supervisor", "api/v1/crime/reports/" + report + "/non-crime",
                "{\"rationale\":\"Lost property, later found at home.\"}");
        assertThat(closed.body()).contains("\"status\":\"CLOSED_NON_CRIME\"").contains("\"decidedBy\":\"supervisor\"")
                .contains("Lost property, later found at home.");
    }

    @Test
    void domesticAbuse_isListedUntilRiskAssessed_andHighRiskUntilReferred() {
        long report = newReport("officer", true);
        assertThat(Api.get("officer", "api/v1/crime/reports?list=unassessed").body()).contains("\"id\":" + report + ",");
        HttpResponse<String> assessed = Api.postJson("officer", "api/v1/crime/reports/" + report + "/risk-assessment", """
                {"level":"HIGH","answers":[{"question":"Are you very frightened?","answer":"Yes"},
                                           {"question":"Has he tried to strangle you?","answer":"Yes, last week"}]}""");
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
        assertThat(Api.get("officer", "api/v1/crime/reports?list=unassessed").body()).doesNotContain("\"id\":" + report + ",");
        assertThat(Api.get("officer", "api/v1/crime/reports?list=unreferred").body()).contains("\"id\":" + report + ",");
        Api.postJson("officer", "api/v1/crime/reports/" + report + "/marac-referral",
                "{\"conferenceDate\":\"" + LocalDate.now().plusDays(10) + "\",\"note\":\"Preston MARAC\"}");
        assertThat(Api.get("officer", "api/v1/crime/reports?list=unreferred").body()).doesNotContain("\"id\":" + report + ",");
    }

    @Test
    void theIntegrityReport_isForAuditors_asJsonAndCsv() {
        newReport("officer", false);
        String today = LocalDate.now().toString();
        String from = LocalDate.now().minusYears(1).toString();
        HttpResponse<String> json = Api.get("auditor", "api/v1/crime/integrity?from=" + from + "&to=" + today);
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        assertThat(number(json.body(), "\"reportsReceived\":(\\d+)")).isGreaterThan(100);
        assertThat(json.body()).contains("\"months\":[").contains("\"closures\":[");
        HttpResponse<String> csv = Api.get("auditor", "api/v1/crime/integrity/csv?from=" + from + "&to=" + today);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("Reports received,").contains("Recording rate (%),");
        assertThat(Api.get("officer", "api/v1/crime/integrity?from=" + from + "&to=" + today).statusCode()).isEqualTo(403);
        HttpResponse<String> backwards = Api.get("auditor", "api/v1/crime/integrity?from=" + today + "&to=" + from);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("after it ends");
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=CRIME_INTEGRITY_REPORT&action=EXPORT").body())
                .contains("CSV, period " + from + " to " + today);
    }

    @Test
    void anAdministrator_addsAndRetiresAClassification_andARetiredOneCannotBeUsed() {
        assertThat(Api.postJson("officer", "api/v1/crime/classifications",
                "{\"code\":\"99X\",\"name\":\"Test offence\",\"category\":\"Other\"}").statusCode()).isEqualTo(403);
        assertThat(Api.postJson("admin", "api/v1/crime/classifications",
                "{\"code\":\"99X\",\"name\":\"Test offence\",\"category\":\"Other\"}").statusCode()).isEqualTo(201);
        assertThat(Api.get("officer", "api/v1/crime/classifications").body()).contains("\"code\":\"99X\"")
                .contains("\"code\":\"8N\"");
        assertThat(Api.post("admin", "api/v1/crime/classifications/99X/retire", "application/json", new byte[0])
                .statusCode()).isEqualTo(204);
        long report = newReport("officer", false);
        HttpResponse<String> refused = Api.postJson("officer", "api/v1/crime/reports/" + report + "/crimes",
                "{\"crimes\":[{\"classificationCode\":\"99X\",\"occurredFrom\":\"2026-01-01T10:00:00Z\",\"officerInCharge\":\"officer\"}]}");
        assertThat(refused.body()).contains("The classification 99X has been retired");
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=OFFENCE_CLASSIFICATION&recordId=99X").body())
                .contains("\"action\":\"CREATE\"").contains("retired");
    }

    private static long newReport(String user, boolean domesticAbuse) {
        HttpResponse<String> received = Api.postJson(user, "api/v1/crime/reports", """
                {"method":"NON_EMERGENCY_CALL","whatHappened":"Caller reports an argument next door.",
                 "location":"Deepdale Road, Preston","looksLikeCrime":false,"domesticAbuse":%s}""".formatted(domesticAbuse));
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        return number(received.body(), "\"id\":(\\d+)");
    }

    private static long personId(String surname) {
        String found = Api.get("officer", "api/v1/nominals?q=" + surname + "&limit=1").body();
        return number(found, "\"id\":(\\d+)");
    }

    private static long number(String json, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
