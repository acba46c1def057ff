package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * A case file assembled through the REST API is refused for checking while it lacks what its type needs,
 * returned by a supervisor with feedback, approved, sent to the CPS and tracked to its outcome, each step
 * by the right person only and on the audit log; its forms come out as PDFs a reader can read; an
 * exhibit's continuity is only ever added to, whether through REST or by SQL; the report counts it.
 *
 * <p>Data: the people it imports in {@code @BeforeAll}, and the crimes and files it records over REST.
 */
@ExtendWith(ArquillianExtension.class)
class CaseFileIT {

    private static final String PEOPLE = """
            ref,surname,forenames,dob,sex,aliases
            CF-001,Pembertonshaw,Dale,1988-04-12,M,
            CF-002,Ravensworth,Imogen,1979-11-02,F,
            CF-003,Quattlebaum,Felix,1992-07-30,M,
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
    void aFile_isCheckedReturnedApprovedAndTrackedToItsOutcome_byTheRightPeople_andEveryStepIsAudited() throws IOException {
        long dale = personId("Pembertonshaw");
        long imogen = personId("Ravensworth");
        long crime = crimeFor(imogen);
        HttpResponse<String> opened = Api.postJson("investigator", "api/v1/casefiles", """
                {"type":"EXPEDITED","supervisor":"supervisor","crimeIds":[%d],"suspectPersonIds":[%d]}""".formatted(crime, dale));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(opened.body()).contains("\"status\":\"DRAFT\"").contains("\"officerInCase\":\"investigator\"")
                .containsPattern("\"reference\":\"CF/\\d{4}/\\d{6}\"").contains("Dale PEMBERTONSHAW")
                .contains("MG3 (report to the CPS for a charging decision) is not written.");
        long id = created(opened);
        String file = "api/v1/casefiles/" + id;

        HttpResponse<String> tooSoon = Api.postJson("investigator", file + "/submit", "{}");
        assertThat(tooSoon.statusCode()).isEqualTo(400);
        assertThat(tooSoon.body()).contains("Before it goes to a supervisor").contains("MG15 (record of interview) is not written.");

        write("investigator", file, "{\"form\":\"MG3\",\"text\":\"Seen on CCTV taking a bicycle. Charge sought: theft.\"}");
        write("investigator", file, "{\"form\":\"MG5\",\"text\":\"The suspect took the bicycle from outside the library.\"}");
        long statement = number(write("investigator", file, "{\"form\":\"MG11\",\"personId\":%d,\"text\":\"It was my bicycle.\"}"
                .formatted(imogen)), "\"addedId\":(\\d+)");
        String interview = write("investigator", file, "{\"form\":\"MG15\",\"personId\":%d,\"text\":\"Admitted taking it.\"}".formatted(dale));
        assertThat(interview).contains("MG11 of Imogen RAVENSWORTH is not signed by the witness.").contains("\"role\":\"WITNESS\"");
        HttpResponse<String> noWitness = Api.postJson("investigator", file + "/forms", "{\"form\":\"MG11\",\"text\":\"Who?\"}");
        assertThat(noWitness.statusCode()).isEqualTo(400);
        assertThat(noWitness.body()).contains("Choose whose statement this is from the people index.");
        assertThat(Api.postJson("investigator", file + "/forms/" + statement + "/signature", "{}").body())
                .contains("\"signedBy\":\"Imogen RAVENSWORTH\"");

        HttpResponse<String> notTheirs = Api.postJson("officer", file + "/submit", "{}");
        assertThat(notTheirs.statusCode()).isEqualTo(403);
        assertThat(notTheirs.body()).contains("Only the officer in the case (investigator)");
        assertThat(Api.postJson("investigator", file + "/submit", "{}").body()).contains("\"status\":\"WITH_SUPERVISOR\"");
        assertThat(Api.get("supervisor", "api/v1/casefiles?list=awaiting-check").body()).contains("\"id\":" + id + ",");
        assertThat(Api.postJson("investigator", file + "/forms", "{\"form\":\"MG3\",\"text\":\"Changed.\"}").body())
                .contains("can be changed only while it is a draft or returned");

        assertThat(Api.postJson("investigator", file + "/approve", "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> noFeedback = Api.postJson("supervisor", file + "/return", "{\"feedback\":\" \"}");
        assertThat(noFeedback.statusCode()).isEqualTo(400);
        assertThat(noFeedback.body()).contains("Write the feedback");
        assertThat(Api.postJson("supervisor", file + "/return", "{\"feedback\":\"Say where the CCTV is kept.\"}").body())
                .contains("\"status\":\"RETURNED\"").contains("Say where the CCTV is kept.");
        write("investigator", file, "{\"form\":\"MG5\",\"text\":\"Took the bicycle; CCTV held at the library.\"}");
        Api.postJson("investigator", file + "/submit", "{}");
        HttpResponse<String> cpsTooSoon = Api.postJson("investigator", file + "/cps", "{}");
        assertThat(cpsTooSoon.statusCode()).isEqualTo(400);
        assertThat(cpsTooSoon.body()).contains("it must be approved");
        String approved = Api.postJson("supervisor", file + "/approve", "{\"note\":\"Good file.\"}").body();
        assertThat(approved).contains("\"status\":\"APPROVED\"").contains("\"approvedBy\":\"supervisor\"").contains("\"missing\":[]");

        assertThat(Api.postJson("investigator", file + "/charging-decision", "{\"decision\":\"Charge.\"}").statusCode()).isEqualTo(400);
        assertThat(Api.postJson("investigator", file + "/cps", "{}").body()).contains("\"status\":\"SUBMITTED_TO_CPS\"");
        assertThat(Api.postJson("investigator", file + "/charging-decision", "{\"decision\":\"Charge: theft of a pedal cycle.\"}")
                .body()).contains("\"status\":\"CHARGING_DECISION\"");
        assertThat(Api.get("investigator", "api/v1/casefiles?list=mine").body()).contains("\"id\":" + id + ",");
        assertThat(Api.postJson("investigator", file + "/court", "{\"court\":\"Preston Magistrates' Court\",\"hearingDate\":\"%s\"}"
                .formatted(LocalDate.now().plusDays(14))).body()).contains("\"status\":\"AT_COURT\"");
        String done = Api.postJson("investigator", file + "/outcome", "{\"outcome\":\"Guilty plea; fine.\"}").body();
        assertThat(done).contains("\"status\":\"OUTCOME\"");
        assertThat(Pattern.compile("\"stage\":\"").matcher(done).results().count()).isEqualTo(9);
        assertThat(Api.get("officer", "api/v1/casefiles?personId=" + dale).body()).contains("\"id\":" + id + ",");

        String mg11 = pdfText(file + "/forms/MG11/pdf", 1);
        assertThat(mg11).contains("WITNESS STATEMENT").contains("Imogen RAVENSWORTH").contains("It was my bicycle.");
        HttpResponse<byte[]> bundle = Api.getBytes("investigator", file + "/pdf");
        assertThat(bundle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        PdfReader reader = new PdfReader(bundle.body());
        assertThat(reader.getNumberOfPages()).isEqualTo(6);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("CASE FILE FRONT SHEET").contains("Say where the CCTV is kept.");
        HttpResponse<String> noSuchForm = Api.get("investigator", file + "/forms/MG99/pdf");
        assertThat(noSuchForm.statusCode()).isEqualTo(400);

        String log = Api.get("auditor", "api/v1/audit/entries?recordType=CASE_FILE&recordId=" + id + "&max=100").body();
        assertThat(log).contains("\"action\":\"CREATE\"").contains("MG11 written").contains("submitted to a supervisor for checking")
                .contains("returned to the officer: Say where the CCTV is kept.").contains("approved; MG5 certified")
                .contains("submitted to the CPS").contains("outcome recorded");
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=CASE_FILE&action=EXPORT&max=100").body())
                .contains("whole file as one PDF (file " + id + ")");
    }

    @Test
    void aFilesHistory_showsEachChangeWithItsOldAndNewValues_overRest() {
        long felix = personId("Quattlebaum");
        long imogen = personId("Ravensworth");
        long crime = crimeFor(imogen);
        long id = created(Api.postJson("investigator", "api/v1/casefiles", """
                {"type":"EXPEDITED","supervisor":"supervisor","crimeIds":[%d],"suspectPersonIds":[%d]}""".formatted(crime, felix)));
        String file = "api/v1/casefiles/" + id;
        write("investigator", file, "{\"form\":\"MG3\",\"text\":\"Seen on CCTV. Charge sought: theft.\"}");
        write("investigator", file, "{\"form\":\"MG3\",\"text\":\"Seen on CCTV at the library. Charge sought: theft.\"}");
        assertThat(Api.postJson("investigator", file + "/people", "{\"personId\":%d,\"role\":\"WITNESS\"}".formatted(imogen))
                .statusCode()).isEqualTo(200);
        assertThat(Api.postJson("investigator", file + "/exhibits", """
                {"reference":"FQ/1","description":"CCTV disc","seizedBy":"PC 1234 Dunn","seizedAt":"%s",
                 "seizedFrom":"Library","storedAt":"Preston property store, locker 4"}""".formatted(OffsetDateTime.now(ZoneOffset.UTC)
                .minusHours(1).truncatedTo(ChronoUnit.SECONDS)))
                .statusCode()).isEqualTo(201);

        HttpResponse<String> history = Api.get("investigator", "api/v1/history/case-file/" + id);
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        assertThat(history.body()).contains("\"recordType\":\"CASE_FILE\"")
                .contains("{\"field\":\"stage\",\"newValue\":\"Draft\"}")
                .contains("{\"field\":\"suspect\",\"newValue\":\"person " + felix + "\"}")
                .contains("{\"field\":\"crime linked\",\"newValue\":\"crime " + crime + "\"}")
                .contains("{\"field\":\"MG3\",\"newValue\":\"written, not signed\"}")
                .contains("{\"field\":\"MG3\",\"newValue\":\"rewritten, not signed\",\"oldValue\":\"written, not signed\"}")
                .contains("{\"field\":\"witness\",\"newValue\":\"person " + imogen + "\"}")
                .contains("\"field\":\"exhibit FQ/1\"").doesNotContain("RAVENSWORTH");
        assertThat(Api.get("investigator", "api/v1/history/case-file/987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void aSupervisorWhoPreparedAFile_mayNotApproveIt_andAnotherSupervisorMay() {
        long felix = personId("Quattlebaum");
        long crime = crimeFor(personId("Ravensworth"));
        long id = created(Api.postJson("supervisor", "api/v1/casefiles", """
                {"type":"PRE_CHARGE","crimeIds":[%d],"suspectPersonIds":[%d]}""".formatted(crime, felix)));
        String file = "api/v1/casefiles/" + id;
        write("supervisor", file, "{\"form\":\"MG3\",\"text\":\"Report.\"}");
        write("supervisor", file, "{\"form\":\"MG5\",\"text\":\"Summary.\"}");
        write("supervisor", file, "{\"form\":\"MG15\",\"personId\":%d,\"text\":\"No comment.\"}".formatted(felix));
        long statement = number(write("supervisor", file, "{\"form\":\"MG11\",\"personId\":%d,\"text\":\"I saw it.\"}"
                .formatted(personId("Ravensworth"))), "\"addedId\":(\\d+)");
        Api.postJson("supervisor", file + "/forms/" + statement + "/signature", "{\"signedOn\":\"%s\"}".formatted(LocalDate.now()));
        assertThat(Api.postJson("supervisor", file + "/submit", "{}").body()).contains("\"status\":\"WITH_SUPERVISOR\"");
        HttpResponse<String> own = Api.postJson("supervisor", file + "/approve", "{}");
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body()).contains("You prepared this file");
        assertThat(Api.get("investigator", file).body()).contains("\"status\":\"WITH_SUPERVISOR\"");
        assertThat(Api.get("officer", "api/v1/casefiles/999999999").statusCode()).isEqualTo(404);
        assertThat(Api.get("auditor", file).statusCode()).isEqualTo(403);
        HttpResponse<String> noType = Api.postJson("officer", "api/v1/casefiles", "{\"crimeIds\":[%d]}".formatted(crime));
        assertThat(noType.statusCode()).isEqualTo(400);
        assertThat(noType.body()).contains("Choose the type of file");
        HttpResponse<String> nobody = Api.postJson("officer", "api/v1/casefiles",
                "{\"type\":\"FULL\",\"suspectPersonIds\":[987654321]}");
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(nobody.body()).contains("There is no person 987654321 on the people index");
    }

    @Test
    void anExhibitsContinuity_isOnlyEverAddedTo_throughRestAndBySql() throws SQLException {
        long id = created(Api.postJson("investigator", "api/v1/casefiles", "{\"type\":\"FULL\"}"));
        String file = "api/v1/casefiles/" + id;
        OffsetDateTime seized = OffsetDateTime.now(ZoneOffset.UTC).minusHours(5).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> added = Api.postJson("investigator", file + "/exhibits", """
                {"reference":"DP/1","description":"Bolt croppers","seizedBy":"PC 1234 Dunn","seizedAt":"%s",
                 "seizedFrom":"Suspect's rucksack","storedAt":"Preston property store, locker 7"}""".formatted(seized));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long exhibit = number(added.body(), "\"addedId\":(\\d+)");
        String continuity = file + "/exhibits/" + exhibit + "/continuity";
        long first = number(Api.get("investigator", continuity).body(), "\"continuity\":\\[\\{[^}]*?\"id\":(\\d+)");
        HttpResponse<String> moved = Api.postJson("investigator", continuity, """
                {"heldBy":"Forensic examiner Hale","from":"%s","storedAt":"Forensic lab, bay 2"}""".formatted(seized.plusHours(1)));
        assertThat(moved.statusCode()).isEqualTo(201);
        HttpResponse<String> noReason = Api.postJson("investigator", continuity, """
                {"heldBy":"PC 1234 Dunn","from":"%s","storedAt":"Preston property store, locker 8","correctsId":%d}"""
                .formatted(seized, first));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Say why the entry is corrected.");
        HttpResponse<String> corrected = Api.postJson("investigator", continuity, """
                {"heldBy":"PC 1234 Dunn","from":"%s","storedAt":"Preston property store, locker 8","correctsId":%d,
                 "reason":"Wrong locker number written at first."}""".formatted(seized, first));
        assertThat(corrected.statusCode()).isEqualTo(201);
        assertThat(Api.request("PUT", "investigator", continuity, "{}").statusCode()).isEqualTo(405);
        assertThat(Api.request("DELETE", "investigator", continuity, "{}").statusCode()).isEqualTo(405);

        try (Connection db = DriverManager.getConnection(ItDatabase.jdbcUrl(), "postgres", "postgres");
                Statement sql = db.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE casefile.continuity_entry SET stored_at = 'elsewhere' WHERE exhibit_id = "
                    + exhibit)).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM casefile.continuity_entry WHERE exhibit_id = " + exhibit))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("TRUNCATE casefile.continuity_entry CASCADE")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE casefile.exhibit SET description = 'Nothing' WHERE id = " + exhibit))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM casefile.file_event WHERE file_id = " + id))
                    .hasMessageContaining("append-only");
            try (ResultSet count = sql.executeQuery("SELECT count(*) FROM casefile.continuity_entry WHERE exhibit_id = " + exhibit)) {
                count.next();
                assertThat(count.getInt(1)).isEqualTo(3);
            }
        }
        String chain = Api.get("investigator", continuity).body();
        assertThat(chain).doesNotContain("elsewhere").contains("locker 7").contains("locker 8").contains("Forensic lab, bay 2")
                .contains("\"correctsId\":" + first).contains("Wrong locker number written at first.");
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=CASE_FILE&recordId=" + id + "&max=100").body())
                .contains("exhibit DP/1 added").contains("correction of entry " + first);
    }

    @Test
    void theReport_countsFilesAndReturnsWithTheirReasons_forAuditorsAndSupervisorsOnly() throws IOException {
        String today = LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        String path = "api/v1/casefiles/report?from=" + today + "&to=" + today;
        String csvPath = "api/v1/casefiles/report/csv?from=" + today + "&to=" + today;
        long before = number(Api.get("auditor", csvPath).body(), "\"files opened\",(\\d+)");
        long id = created(Api.postJson("officer", "api/v1/casefiles", "{\"type\":\"EXPEDITED\"}"));
        assertThat(number(Api.get("supervisor", csvPath).body(), "\"files opened\",(\\d+)")).isEqualTo(before + 1);
        HttpResponse<String> json = Api.get("supervisor", path);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"stage\":\"DRAFT\"").contains("\"returnReasons\":[");
        assertThat(Api.get("officer", path).statusCode()).isEqualTo(403);
        HttpResponse<String> badDate = Api.get("auditor", "api/v1/casefiles/report?from=yesterday&to=" + today);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("from must be a date written yyyy-mm-dd");
        HttpResponse<String> csv = Api.get("auditor", "api/v1/casefiles/report/csv?from=" + today + "&to=" + today);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("figure,value\r\n").contains("\"files at stage Draft\",")
                .contains("returned file,returned at,returned by,feedback");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("case-files-" + today);
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=CASE_FILES_REPORT&action=EXPORT").body())
                .contains("CSV, files opened " + today);
        assertThat(pdfText("supervisor", "api/v1/casefiles/report/pdf?from=" + today + "&to=" + today, 1))
                .contains("Case files report").contains("Files opened").contains("Files by stage")
                .contains("Exported by supervisor");
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=CASE_FILES_REPORT&action=EXPORT").body())
                .contains("PDF, period " + today + " to " + today);
        assertThat(id).isPositive();
    }

    @Test
    void theDemoFiles_standAtEveryStage_andSomeWereReturnedWithFeedback() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        String csv = Api.get("auditor", "api/v1/casefiles/report/csv?from=" + today.minusDays(400) + "&to=" + today).body();
        for (String stage : new String[] {"Draft", "With supervisor", "Returned", "Approved", "Submitted to the CPS",
                "Charging decision", "At court", "Outcome"}) {
            assertThat(number(csv, "\"files at stage " + stage + "\",(\\d+)")).as(stage).isPositive();
        }
        assertThat(number(csv, "\"returns by a supervisor\",(\\d+)")).isPositive();
        assertThat(number(csv, "\"charging decisions made\",(\\d+)")).isPositive();
        assertThat(csv).contains("Get it signed and resubmit.");
        // The demo supervisor returned them, not the start-up: the demo writes as the demo users (ADR 0051).
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=CASE_FILE&action=CHANGE&user=supervisor&max=500")
                .body()).contains("returned to the officer: The victim's statement is not signed. Get it signed and resubmit.");
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=CASE_FILE&user=peel-system").body())
                .contains("\"entries\":[]");
    }

    private static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return number(response.headers().firstValue("Location").orElse(""), "casefiles/(\\d+)");
    }

    private static String write(String user, String file, String json) {
        HttpResponse<String> written = Api.postJson(user, file + "/forms", json);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        return written.body();
    }

    private static String pdfText(String path, int page) throws IOException {
        return pdfText("investigator", path, page);
    }

    private static String pdfText(String user, String path, int page) throws IOException {
        HttpResponse<byte[]> pdf = Api.getBytes(user, path);
        assertThat(pdf.statusCode()).isEqualTo(200);
        return new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(page).replaceAll("\\s+", " ");
    }

    /** A crime recorded from a report, with this victim; its id. */
    private static long crimeFor(long victim) {
        String reportedAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).truncatedTo(ChronoUnit.SECONDS).toString();
        long report = number(Api.postJson("officer", "api/v1/crime/reports", """
                {"method":"IN_PERSON","reportedAt":"%s","whatHappened":"Bicycle taken from outside the library.",
                 "location":"Market Square, Preston","looksLikeCrime":true,"domesticAbuse":false}""".formatted(reportedAt)).body(),
                "\"id\":(\\d+)");
        HttpResponse<String> recorded = Api.postJson("officer", "api/v1/crime/reports/" + report + "/crimes", """
                {"crimes":[{"classificationCode":"8N","occurredFrom":"%s","location":"Market Square, Preston",
                            "officerInCharge":"investigator","victimPersonId":%d}]}""".formatted(reportedAt, victim));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        return number(recorded.body(), "(\\d+)");
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
