package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The systematic access test of issue 8: one restricted record of each kind, each with marks only it
 * carries (a surname, words in its text, its number), restricted to one named user; then, for every
 * role and that user, every kind of record and every way in (REST by id, searches, lists, histories,
 * reports and their CSV; pages fetched as HTML through a form sign-in), the marks must never show for
 * anyone not on the list, and must show for the user who is (so the test can fail). Plus: a denied
 * open is audited, a permitted open without a reason is refused, with one it is audited with it, and
 * a sensitive search option asks for a reason. PDFs (a case file's, a report's) are read as text.
 *
 * <p>Data: the people, records and restrictions it makes in {@code @BeforeAll}; the demo accounts and one account of
 * its own.
 */
@ExtendWith(ArquillianExtension.class)
class RestrictedRecordsLeakIT {

    enum Kind { PERSON, REPORT, CRIME, CUSTODY, MISSING, CASEFILE }

    /**
     * One way in: a REST call or a page, the kinds the allowed user must see through it, and the roles that may
     * call it (empty: any).
     */
    record Way(String name, boolean page, String path, Set<Kind> allowedSees, Set<String> roles) {
        boolean openTo(String role) {
            return roles.isEmpty() || roles.contains(role);
        }
    }

    /** What a page or answer shows of the caller's own request (typed values, the id asked about), left out of the check. */
    private static final Pattern ECHO = Pattern.compile(
            "\\svalue=\"[^\"]*\"|^\\{\"personId\":\\d+,|,\"personId\":\\d+}$|,\"recordId\":\\d+,\"recordType\":\"[A-Z_]+\"}$");

    private static final String TOKEN = UniqueLetters.next();
    private static final String ALLOWED = "kestrel" + TOKEN.toLowerCase();
    private static final String ALLOWED_PASSWORD = Api.demoPassword("officer");
    private static final List<String> ROLES = List.of("officer", "custody", "investigator", "supervisor", "auditor", "admin");
    private static final Map<String, String> ROLE_OF = Map.of("officer", "OFFICER", "custody", "CUSTODY_OFFICER",
            "investigator", "INVESTIGATOR", "supervisor", "SUPERVISOR", "auditor", "AUDITOR", "admin", "ADMIN");
    private static final String REASON = "Operation " + TOKEN + ": checking the file before interview";

    private static final String PERSON_SURNAME = "Quarrendell" + TOKEN;
    private static final String DETAINEE_SURNAME = "Hollowmere" + TOKEN;
    private static final String MISSING_SURNAME = "Brackenholt" + TOKEN;
    private static final String OTHER_SURNAME = "Fennimore" + TOKEN;

    private static long person;
    private static long detainee;
    private static long missingPerson;
    private static long report;
    private static long otherReport;
    private static long crime;
    private static long otherCrime;
    private static long custodyRecord;
    private static long personsCustodyRecord;
    private static long missingCase;
    private static long personsMissingCase;
    private static long caseFile;
    private static long personsCaseFile;
    private static long other;
    private static String crimeNumber;
    private static String caseFileReference;
    private static final Map<Kind, List<Pattern>> TELLS = new EnumMap<>(Kind.class);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @BeforeAll
    static void restrictOneRecordOfEachKind() throws InterruptedException, SQLException {
        String csv = """
                ref,surname,forenames,dob,sex,aliases
                RL-%1$s-1,%2$s,Imogen,1979-05-14,F,
                RL-%1$s-2,%3$s,Declan,1990-11-02,M,
                RL-%1$s-3,%4$s,Poppy,2011-07-21,F,
                RL-%1$s-4,%5$s,Rhys,1985-02-28,M,
                """.formatted(TOKEN, PERSON_SURNAME, DETAINEE_SURNAME, MISSING_SURNAME, OTHER_SURNAME);
        assertThat(Jobs.runImport(csv.getBytes(StandardCharsets.UTF_8))).contains("\"status\":\"FINISHED\"");
        person = personId(PERSON_SURNAME);
        detainee = personId(DETAINEE_SURNAME);
        missingPerson = personId(MISSING_SURNAME);

        report = createdId("officer", "api/v1/crime/reports", newReport("REPMARK" + TOKEN + " window smashed at the vicarage"));
        otherReport = createdId("officer", "api/v1/crime/reports", newReport("Shed broken into on Moor Lane"));
        String crimes = created("officer", "api/v1/crime/reports/" + otherReport + "/crimes", """
                {"crimes":[{"classificationCode":"8N","occurredFrom":"%1$s","location":"Moor Lane, Preston",
                            "modusOperandi":"CRIMEMARK%2$s pushed through a side gate","officerInCharge":"investigator"},
                           {"classificationCode":"105A","occurredFrom":"%1$s","officerInCharge":"investigator"}]}"""
                .formatted(ago(120), TOKEN));
        Matcher ids = Pattern.compile("(\\d+)").matcher(crimes);
        ids.find();
        crime = Long.parseLong(ids.group(1));
        ids.find();
        otherCrime = Long.parseLong(ids.group(1));
        crimeNumber = Api.captured(Api.get("officer", "api/v1/crime/crimes/" + crime).body(), "\"number\":\"([^\"]+)\"");
        assertThat(Api.postJson("officer", "api/v1/crime/crimes/" + otherCrime + "/people",
                "{\"personId\":" + person + ",\"role\":\"SUSPECT\"}").statusCode()).isEqualTo(200);

        custodyRecord = createdId("custody", "api/v1/custody/records", booking(detainee, "CUSTMARK" + TOKEN + " Ribbleton Lane"));
        String custodyNumber = Api.captured(Api.get("custody", "api/v1/custody/records/" + custodyRecord).body(),
                "\"number\":\"(CU/[^\"]+)\"");
        personsCustodyRecord = createdId("custody", "api/v1/custody/records", booking(person, "Fishergate"));

        missingCase = createdId("officer", "api/v1/missing/cases", missing(missingPerson, "MISSMARK" + TOKEN + " left the care home"));
        personsMissingCase = createdId("officer", "api/v1/missing/cases", missing(person, "Did not come home from work."));

        other = personId(OTHER_SURNAME);
        caseFile = createdId("officer", "api/v1/casefiles", """
                {"type":"EXPEDITED","officerInCase":"officer","supervisor":"supervisor","suspectPersonIds":[%d]}""".formatted(other));
        assertThat(Api.postJson("officer", "api/v1/casefiles/" + caseFile + "/forms",
                "{\"form\":\"MG3\",\"text\":\"FILEMARK" + TOKEN + " seen taking lead from the church roof.\"}").statusCode())
                .isEqualTo(201);
        caseFileReference = Api.captured(Api.get("officer", "api/v1/casefiles/" + caseFile).body(), "\"reference\":\"([^\"]+)\"");
        personsCaseFile = createdId("officer", "api/v1/casefiles", """
                {"type":"EXPEDITED","officerInCase":"officer","crimeIds":[%d],"suspectPersonIds":[%d]}""".formatted(crime, person));
        assertThat(Api.postJson("officer", "api/v1/casefiles/" + personsCaseFile + "/forms",
                "{\"form\":\"MG15\",\"personId\":" + person + ",\"text\":\"Made no comment.\"}").statusCode()).isEqualTo(201);

        openTheAllowedAccount();
        assertThat(Api.postJson("admin", "api/v1/access-groups", "{\"name\":\"Operation " + TOKEN + "\"}").statusCode())
                .isEqualTo(201);
        assertThat(Api.postJson("admin", "api/v1/access-groups/Operation%20" + TOKEN + "/members",
                "{\"username\":\"" + ALLOWED + "\"}").statusCode()).isEqualTo(200);
        restrict("PERSON", person, "PROTECTED_WITNESS", "\"users\":[\"" + ALLOWED + "\"]");
        restrict("CRIME_REPORT", report, "PUBLIC_FIGURE", "\"users\":[\"" + ALLOWED + "\"]");
        restrict("CRIME", crime, "SENSITIVE_INVESTIGATION", "\"users\":[\"" + ALLOWED + "\"]");
        restrict("CUSTODY_RECORD", custodyRecord, "STAFF_SUBJECT", "\"users\":[\"" + ALLOWED + "\"]");
        restrict("MISSING_PERSON_CASE", missingCase, "OTHER", "\"groups\":[\"Operation " + TOKEN + "\"]");
        restrict("CASE_FILE", caseFile, "SENSITIVE_INVESTIGATION", "\"users\":[\"" + ALLOWED + "\"]");

        TELLS.put(Kind.PERSON, List.of(literal(PERSON_SURNAME), Pattern.compile("\"personId\":" + person + "\\b"),
                Pattern.compile("person\\.xhtml\\?id=" + person + "\\b")));
        TELLS.put(Kind.REPORT, List.of(literal("REPMARK" + TOKEN), Pattern.compile("\"reportId\":" + report + "\\b"),
                Pattern.compile("report\\.xhtml\\?id=" + report + "\\b")));
        TELLS.put(Kind.CRIME, List.of(literal(crimeNumber), literal("CRIMEMARK" + TOKEN),
                Pattern.compile("crime\\.xhtml\\?id=" + crime + "\\b")));
        TELLS.put(Kind.CUSTODY, List.of(literal(custodyNumber), literal("CUSTMARK" + TOKEN),
                Pattern.compile("\"recordId\":" + custodyRecord + "\\b"),
                Pattern.compile("record\\.xhtml\\?id=" + custodyRecord + "\\b")));
        TELLS.put(Kind.MISSING, List.of(literal(MISSING_SURNAME), literal("MISSMARK" + TOKEN),
                Pattern.compile("\"caseId\":" + missingCase + "\\b"), Pattern.compile("case\\.xhtml\\?id=" + missingCase + "\\b")));
        TELLS.put(Kind.CASEFILE, List.of(literal(caseFileReference), literal("FILEMARK" + TOKEN),
                Pattern.compile("file\\.xhtml\\?id=" + caseFile + "\\b"), Pattern.compile("casefiles/" + caseFile + "\\b")));
    }

    /**
     * Every way in: each GET of the REST API as the code declares it ({@link RestEndpoints}, the resources RESTEasy
     * serves), its record ids and person ids filled with every record made above, and the pages.
     */
    private static List<Way> waysIn() {
        String period = "from=" + LocalDate.now().minusDays(30) + "&to=" + LocalDate.now().plusDays(1);
        List<Way> ways = new ArrayList<>(restWaysIn());
        page(ways, "person page", "people/person.xhtml?id=" + person, Kind.PERSON);
        page(ways, "search page", "people/search.xhtml?q=" + PERSON_SURNAME, Kind.PERSON);
        page(ways, "report page", "crime/report.xhtml?id=" + report, Kind.REPORT);
        page(ways, "crime page", "crime/crime.xhtml?id=" + crime, Kind.CRIME);
        page(ways, "other crime's page", "crime/crime.xhtml?id=" + otherCrime, Kind.PERSON);
        page(ways, "other report's page", "crime/report.xhtml?id=" + otherReport, Kind.CRIME);
        page(ways, "crime lists page", "crime/lists.xhtml");
        page(ways, "custody board page", "custody/board.xhtml", Kind.CUSTODY, Kind.PERSON);
        page(ways, "custody record page", "custody/record.xhtml?id=" + custodyRecord, Kind.CUSTODY);
        page(ways, "person's custody record page", "custody/record.xhtml?id=" + personsCustodyRecord, Kind.PERSON);
        page(ways, "missing dashboard page", "missing/dashboard.xhtml", Kind.MISSING, Kind.PERSON);
        page(ways, "missing case page", "missing/case.xhtml?id=" + missingCase, Kind.MISSING);
        page(ways, "person's missing case page", "missing/case.xhtml?id=" + personsMissingCase, Kind.PERSON);
        page(ways, "detainee's page", "people/person.xhtml?id=" + detainee, Kind.CUSTODY);
        page(ways, "crime integrity page", "audit/crime-integrity.xhtml");
        page(ways, "PACE compliance page", "audit/pace-compliance.xhtml");
        page(ways, "missing persons report page", "audit/missing-persons.xhtml");
        page(ways, "case file page", "casefiles/file.xhtml?id=" + caseFile, Kind.CASEFILE);
        page(ways, "person's case file page", "casefiles/file.xhtml?id=" + personsCaseFile, Kind.PERSON, Kind.CRIME);
        page(ways, "suspect's page", "people/person.xhtml?id=" + other, Kind.CASEFILE);
        page(ways, "case files page", "casefiles/index.xhtml");
        page(ways, "case files report page", "audit/case-files.xhtml?" + period);
        return ways;
    }

    @Test
    void restrictedRecords_neverShowToAnyoneNotOnTheList_throughAnyWayIn_andDoShowToTheUserWhoIs() {
        List<Way> ways = waysIn();
        List<String> leaks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int combinations = 0;
        List<String> users = new ArrayList<>(ROLES);
        users.add(ALLOWED);
        Set<Kind> seenOverRest = EnumSet.noneOf(Kind.class);
        for (String user : users) {
            boolean allowed = user.equals(ALLOWED);
            Set<String> roles = allowed ? Set.of("INVESTIGATOR", "AUDITOR") : Set.of(ROLE_OF.get(user));
            PageSession session = PageSession.signIn(user, allowed ? ALLOWED_PASSWORD : Api.demoPassword(user));
            for (Way way : ways) {
                if (roles.stream().noneMatch(way::openTo)) {
                    continue;
                }
                String body = ECHO.matcher(fetch(allowed, session, way)).replaceAll("");
                for (Kind kind : Kind.values()) {
                    combinations++;
                    boolean shows = tells(kind, way).stream().anyMatch(tell -> tell.matcher(body).find());
                    if (!allowed && shows) {
                        leaks.add(user + " sees the restricted " + kind + " through " + way.name() + " (" + way.path() + ")");
                    }
                    if (allowed && shows && !way.page()) {
                        seenOverRest.add(kind);
                    }
                    if (allowed && way.allowedSees().contains(kind) && !shows) {
                        missing.add(user + " does not see the " + kind + " through " + way.name() + " (" + way.path()
                                + "): " + body.substring(0, Math.min(400, body.length())));
                    }
                }
            }
        }
        System.out.printf("RestrictedRecordsLeakIT: %d combinations (%d users x %d ways in x %d kinds of record),"
                + " %d leaks, %d misses for the allowed user%n", combinations, users.size(), ways.size(),
                Kind.values().length, leaks.size(), missing.size());
        assertThat(combinations).isGreaterThanOrEqualTo(1000);
        assertThat(leaks).as("leaks").isEmpty();
        assertThat(missing).as("what the allowed user should see").isEmpty();
        assertThat(seenOverRest).as("the kinds the allowed user sees through the REST API's ways in")
                .containsExactlyInAnyOrder(Kind.values());
    }

    @Test
    void aDeniedOpen_isAudited_andLooksLikeARecordThatDoesNotExist() {
        HttpResponse<String> denied = Api.get("supervisor", "api/v1/nominals/" + person + "?reason=curious");
        HttpResponse<String> none = Api.get("supervisor", "api/v1/nominals/987654321");
        assertThat(denied.statusCode()).isEqualTo(404);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(denied.body().replace(String.valueOf(person), "N")).isEqualTo(none.body().replace("987654321", "N"));
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=PERSON&recordId=" + person + "&action=ACCESS_DENIED")
                .body()).contains("\"username\":\"supervisor\"").contains("restricted record");
        PageSession officer = PageSession.signIn("officer", Api.demoPassword("officer"));
        assertThat(officer.get("custody/record.xhtml?id=" + custodyRecord).statusCode()).isEqualTo(404);
        assertThat(officer.get("casefiles/file.xhtml?id=" + caseFile).statusCode()).isEqualTo(404);

        HttpResponse<String> deniedFile = Api.get("officer", "api/v1/casefiles/" + caseFile);
        HttpResponse<String> noFile = Api.get("officer", "api/v1/casefiles/987654321");
        assertThat(deniedFile.statusCode()).isEqualTo(404);
        assertThat(deniedFile.body().replace(String.valueOf(caseFile), "N")).isEqualTo(noFile.body().replace("987654321", "N"));
        HttpResponse<String> write = Api.postJson("officer", "api/v1/casefiles/" + caseFile + "/forms",
                "{\"form\":\"MG5\",\"text\":\"Lead taken from the roof.\"}");
        assertThat(write.statusCode()).isEqualTo(400);
        assertThat(write.body()).contains("There is no case file " + caseFile + ".");
        assertThat(Api.getBytes("officer", "api/v1/casefiles/" + caseFile + "/pdf").statusCode()).isEqualTo(400);
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=CASE_FILE&recordId=" + caseFile + "&action=ACCESS_DENIED")
                .body()).contains("\"username\":\"officer\"");
    }

    @Test
    void aPermittedOpen_withoutAReason_isRefused_andWithOne_isAuditedWithIt() {
        HttpResponse<String> noReason = Api.get(ALLOWED, ALLOWED_PASSWORD, "api/v1/crime/crimes/" + crime);
        assertThat(noReason.statusCode()).isEqualTo(428);
        assertThat(Api.get(ALLOWED, ALLOWED_PASSWORD, "api/v1/casefiles/" + caseFile).statusCode()).isEqualTo(428);
        assertThat(Api.get(ALLOWED, ALLOWED_PASSWORD, "api/v1/casefiles/" + caseFile + "?reason=" + Api.encode(REASON))
                .body()).contains("FILEMARK" + TOKEN);
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=CASE_FILE&recordId=" + caseFile + "&action=VIEW").body())
                .contains("\"username\":\"" + ALLOWED + "\"").contains(REASON);
        assertThat(noReason.body()).contains("restricted").contains("reason");
        HttpResponse<String> withReason = Api.get(ALLOWED, ALLOWED_PASSWORD, "api/v1/crime/crimes/" + crime + "?reason="
                + Api.encode(REASON));
        assertThat(withReason.statusCode()).isEqualTo(200);
        assertThat(withReason.body()).contains("CRIMEMARK" + TOKEN);
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=CRIME&recordId=" + crime + "&action=VIEW").body())
                .contains("\"username\":\"" + ALLOWED + "\"").contains(REASON);

        PageSession page = PageSession.signIn(ALLOWED, ALLOWED_PASSWORD);
        String asked = page.get("people/person.xhtml?id=" + person).body();
        assertThat(asked).contains("reason-form").doesNotContain(PERSON_SURNAME.toUpperCase());
        assertThat(openWithReason(page, "people/person.xhtml?id=" + person, asked)).contains(PERSON_SURNAME.toUpperCase())
                .contains("Restricted");
    }

    @Test
    void theAuditorsReports_countRestrictedRecordsOnlyForTheUserOnTheList() {
        String period = "from=" + LocalDate.now().minusDays(30) + "&to=" + LocalDate.now().plusDays(1);
        assertThat(count(ALLOWED, "api/v1/custody/compliance?" + period, "detentions"))
                .isEqualTo(count("auditor", "api/v1/custody/compliance?" + period, "detentions") + 1);
        assertThat(count(ALLOWED, "api/v1/missing/report?" + period, "cases"))
                .isEqualTo(count("auditor", "api/v1/missing/report?" + period, "cases") + 1);
        assertThat(count(ALLOWED, "api/v1/crime/integrity?" + period, "reportsReceived"))
                .isEqualTo(count("auditor", "api/v1/crime/integrity?" + period, "reportsReceived") + 1);
        assertThat(count(ALLOWED, "api/v1/casefiles/report?" + period, "files"))
                .isEqualTo(count("auditor", "api/v1/casefiles/report?" + period, "files") + 1);
    }

    @Test
    void aSensitiveSearchOption_asksForAReason_whichTheAuditKeeps() {
        String search = "api/v1/nominals/search?surname=" + OTHER_SURNAME + "&marks=tattoo";
        HttpResponse<String> refused = Api.get("officer", search);
        assertThat(refused.statusCode()).isEqualTo(428);
        assertThat(refused.body()).contains("marks").contains("sensitive");
        assertThat(Api.get("officer", search + "&reason=" + Api.encode(REASON)).statusCode()).isEqualTo(200);
        assertThat(Api.get("auditor", "api/v1/audit/entries?user=officer&recordType=PERSON&action=SEARCH").body())
                .contains(REASON);
        assertThat(Api.putJson("officer", "api/v1/name-search/options/height", "{\"sensitive\":true}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void restrictingAndLifting_areForSupervisorsAndAdministrators_andAudited() {
        HttpResponse<String> byOfficer = Api.postJson("officer", "api/v1/restrictions", """
                {"recordType":"PERSON","recordId":%d,"category":"PUBLIC_FIGURE","reason":"Local MP"}""".formatted(other));
        assertThat(byOfficer.statusCode()).isEqualTo(403);
        HttpResponse<String> noReason = Api.postJson("supervisor", "api/v1/restrictions", """
                {"recordType":"PERSON","recordId":%d,"category":"PUBLIC_FIGURE"}""".formatted(other));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        long restriction = createdId("supervisor", "api/v1/restrictions", """
                {"recordType":"PERSON","recordId":%d,"category":"PUBLIC_FIGURE","reason":"Local MP"}""".formatted(other));
        assertThat(Api.get("supervisor", "api/v1/nominals/" + other + "?reason=x").statusCode()).isEqualTo(200);
        assertThat(Api.get("officer", "api/v1/nominals/" + other).statusCode()).isEqualTo(404);
        assertThat(Api.postJson("supervisor", "api/v1/restrictions/" + restriction + "/lift", "{}").statusCode()).isEqualTo(400);
        assertThat(Api.postJson("admin", "api/v1/restrictions/" + restriction + "/lift", "{\"reason\":\"No longer an MP\"}")
                .statusCode()).isEqualTo(204);
        assertThat(Api.get("officer", "api/v1/nominals/" + other).statusCode()).isEqualTo(200);
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=PERSON&recordId=" + other + "&action=CHANGE").body())
                .contains("restricted (Public figure)").contains("Local MP").contains("lifted").contains("No longer an MP");
    }

    /**
     * The marks of a kind through a way in. A crime number or case file reference asked for is the caller's own
     * request, which an answer may repeat. The missing person is not restricted, only their case: their own record
     * (REST or page) shows their surname, which is also a mark of the case everywhere else.
     */
    private static List<Pattern> tells(Kind kind, Way way) {
        if (kind == Kind.CRIME && way.path().contains(Api.encode(crimeNumber))
                || kind == Kind.CASEFILE && way.path().contains(Api.encode(caseFileReference))) {
            String asked = kind == Kind.CRIME ? crimeNumber : caseFileReference;
            return TELLS.get(kind).stream().filter(tell -> !tell.pattern().equals(literal(asked).pattern())).toList();
        }
        boolean missingPersonsOwnRecord = way.path().matches("(api/v1/nominals/|people/person\\.xhtml\\?id=)"
                + missingPerson + "(\\D.*)?");
        if (kind == Kind.MISSING && missingPersonsOwnRecord) {
            return TELLS.get(kind).stream().filter(tell -> !tell.pattern().equals(literal(MISSING_SURNAME).pattern()))
                    .toList();
        }
        return TELLS.get(kind);
    }

    private static String fetch(boolean allowed, PageSession session, Way way) {
        if (!way.page()) {
            String path = way.path() + (way.path().contains("?") ? "&" : "?") + "reason=" + Api.encode(REASON);
            // Through the signed-in session's cookie, which the API accepts as it does Basic: the same answer, without
            // a password check (a bcrypt hash, about 0.1 s) for each of some 3,000 calls.
            if (way.path().contains("/pdf")) {
                return pdfText(session.getBytes(path));
            }
            return session.get(path).body();
        }
        String html = session.get(way.path()).body();
        return allowed && html.contains("reason-form") ? openWithReason(session, way.path(), html) : html;
    }

    /** A PDF's text, every page; any other answer (a refusal) as it came. */
    private static String pdfText(HttpResponse<byte[]> response) {
        byte[] body = response.body();
        String raw = new String(body, StandardCharsets.UTF_8);
        if (!raw.startsWith("%PDF")) {
            return raw;
        }
        try {
            PdfReader reader = new PdfReader(body);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new AssertionError("Not a readable PDF from " + response.uri(), e);
        }
    }

    private static String openWithReason(PageSession session, String path, String html) {
        return session.submit(path, html, Map.of("reason-form", "reason-form", "reason-form:reason", REASON,
                "reason-form:open-with-reason", "")).body();
    }

    /** Ids of every record made above, to fill every path or query parameter that names a record. */
    private static List<Long> everyRecord() {
        return List.of(person, detainee, missingPerson, other, report, otherReport, crime, otherCrime, custodyRecord,
                personsCustodyRecord, missingCase, personsMissingCase, caseFile, personsCaseFile);
    }

    /**
     * The REST ways in, from the code: every GET endpoint (but the restrictions and the audit log, which name
     * restricted records by kind and id on purpose, ADR 0019), once for each record id in each path parameter naming
     * a record, then with no query parameter and with each query parameter it has that names a record or picks a list
     * or search, one at a time (a call such as {@code ?personId=} or {@code ?reference=} is its own way in); a period
     * ({@code from}, {@code to}) is always given. The allowed user must see every kind through them, all taken together
     * (so the check can fail).
     */
    private static List<Way> restWaysIn() {
        List<String> ids = everyRecord().stream().distinct().map(String::valueOf).toList();
        Map<String, List<String>> values = Map.of(
                "list", List.of("open", "due", "unassessed", "unreferred", "recent", "reviews", "cancellations", "mine",
                        "awaiting-check"),
                "form", List.of("MG3", "MG15"),
                "recordType", List.of("person", "crime-report", "crime", "custody-record", "missing-person-case",
                        "case-file"),
                "q", List.of(PERSON_SURNAME), "surname", List.of(PERSON_SURNAME), "personId", ids,
                "number", List.of(crimeNumber), "reference", List.of(caseFileReference));
        Map<String, String> period = Map.of("from", LocalDate.now().minusDays(30).toString(),
                "to", LocalDate.now().plusDays(1).toString());
        List<Way> ways = new ArrayList<>();
        for (RestEndpoints.Endpoint endpoint : RestEndpoints.all()) {
            if (!endpoint.method().equals("GET") || endpoint.template().startsWith("v1/restrictions")
                    || endpoint.template().startsWith("v1/audit")) {
                continue;
            }
            List<Map<String, String>> paths = new ArrayList<>(List.of(Map.of()));
            for (String name : endpoint.pathParams().keySet()) {
                paths = expand(paths, name, values.getOrDefault(name, name.toLowerCase().endsWith("id") ? ids : List.of("1")));
            }
            Map<String, String> always = new java.util.LinkedHashMap<>();
            period.forEach((name, value) -> {
                if (endpoint.queryParams().containsKey(name)) {
                    always.put(name, value);
                }
            });
            List<Map<String, String>> queries = new ArrayList<>(List.of(always));
            for (String name : endpoint.queryParams().keySet()) {
                if (values.containsKey(name)) {
                    for (String value : values.get(name)) {
                        Map<String, String> query = new java.util.LinkedHashMap<>(always);
                        query.put(name, value);
                        queries.add(query);
                    }
                }
            }
            for (Map<String, String> path : paths) {
                for (Map<String, String> query : queries) {
                    String asked = query.entrySet().stream().map(p -> p.getKey() + "=" + Api.encode(p.getValue()))
                            .reduce((a, b) -> a + "&" + b).map(q -> "?" + q).orElse("");
                    ways.add(new Way(endpoint.toString(), false, endpoint.path(path) + asked, Set.of(),
                            Set.copyOf(endpoint.roles())));
                }
            }
        }
        return ways;
    }

    private static List<Map<String, String>> expand(List<Map<String, String>> fills, String name, List<String> given) {
        List<Map<String, String>> more = new ArrayList<>();
        for (Map<String, String> fill : fills) {
            for (String value : given) {
                Map<String, String> next = new java.util.HashMap<>(fill);
                next.put(name, value);
                more.add(next);
            }
        }
        return more;
    }

    private static void page(List<Way> ways, String name, String path, Kind... allowedSees) {
        ways.add(new Way(name, true, path, Set.of(allowedSees), Set.of()));
    }

    private static void openTheAllowedAccount() throws SQLException {
        try (Connection db = DriverManager.getConnection(ItDatabase.jdbcUrl(), "postgres", "postgres");
                Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO staff.account (username, display_name, password_hash, password_salt,"
                    + " iteration_count, enabled, created_at, created_by) SELECT '" + ALLOWED + "', 'DC Kestrel',"
                    + " password_hash, password_salt, iteration_count, true, now(), 'test' FROM staff.account"
                    + " WHERE username = 'officer'");
            sql.executeUpdate("INSERT INTO staff.account_role VALUES ('" + ALLOWED + "', 'INVESTIGATOR'), ('"
                    + ALLOWED + "', 'AUDITOR')");
        }
    }

    private static void restrict(String type, long id, String category, String who) {
        created("admin", "api/v1/restrictions", "{\"recordType\":\"%s\",\"recordId\":%d,\"category\":\"%s\",\"reason\":\"%s\",%s}"
                .formatted(type, id, category, "Leak test " + TOKEN, who));
    }

    /** The id of what was created, from the Location header of the 201 answer. */
    private static long createdId(String user, String path, String json) {
        HttpResponse<String> response = Api.postJson(user, path, json);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static String created(String user, String path, String json) {
        HttpResponse<String> response = Api.postJson(user, path, json);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return response.body();
    }

    private static String newReport(String what) {
        return """
                {"method":"EMERGENCY_CALL","reportedAt":"%s","whatHappened":"%s","location":"Preston",
                 "looksLikeCrime":true,"domesticAbuse":false}""".formatted(ago(60), what);
    }

    private static String booking(long personId, String arrestPlace) {
        return """
                {"personId":%d,"arrestedAt":"%s","arrestPlace":"%s","arrivedAt":"%s","arrestingOfficer":"PC 1234 Holt",
                 "offences":[{"description":"Theft","indictable":true}],"authorised":true,
                 "grounds":"To obtain evidence by questioning.","cell":"C3",
                 "risk":{"health":"None","selfHarm":"None","alcoholAndDrugs":"None","otherRisks":"None","level":"GENERAL"},
                 "rights":[{"entitlement":"LEGAL_ADVICE","at":"%s","detail":"Declined"},
                           {"entitlement":"SOMEONE_INFORMED","detail":"Declined"},{"entitlement":"CODES_OF_PRACTICE"}],
                 "property":"Phone"}"""
                .formatted(personId, ago(50), arrestPlace, ago(40), ago(30));
    }

    private static String missing(long personId, String circumstances) {
        return """
                {"personId":%d,"reporterName":"Care home manager","reporterContact":"01772 000000","lastSeenAt":"%s",
                 "lastSeenPlace":"Avenham","circumstances":"%s","description":"Blue coat","vulnerabilities":["MENTAL_HEALTH"],
                 "mayGoTo":"Her sister's"}""".formatted(personId, ago(180), circumstances);
    }

    private static long count(String user, String path, String field) {
        HttpResponse<String> response = user.equals(ALLOWED) ? Api.get(user, ALLOWED_PASSWORD, path) : Api.get(user, path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Long.parseLong(topLevel(response.body(), field));
    }

    /** A number property of the outer JSON object, not one of the same name inside a nested list or object. */
    private static String topLevel(String json, String field) {
        String key = "\"" + field + "\":";
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"' && (i == 0 || json.charAt(i - 1) != '\\')) {
                if (!inString && depth == 1 && json.startsWith(key, i)) {
                    Matcher number = Pattern.compile("\\d+").matcher(json.substring(i + key.length()));
                    assertThat(number.lookingAt()).as(json).isTrue();
                    return number.group();
                }
                inString = !inString;
            } else if (!inString && (c == '{' || c == '[')) {
                depth++;
            } else if (!inString && (c == '}' || c == ']')) {
                depth--;
            }
        }
        throw new AssertionError("No " + field + " in " + json);
    }

    private static long personId(String surname) {
        return Long.parseLong(Api.captured(Api.get("officer", "api/v1/nominals?q=" + surname + "&limit=1").body(), "\"id\":(\\d+)"));
    }


    /** Matches the text anywhere, whatever its case (pages show surnames in capitals). */
    private static Pattern literal(String text) {
        return Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE);
    }

    private static String ago(int minutes) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS).toString();
    }

}
