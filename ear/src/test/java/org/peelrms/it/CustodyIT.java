package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person booked in through the REST API is on the PACE clock and the custody board; entries are only
 * ever added (a correction is a new entry, and no call and no SQL changes or removes one); reviews and
 * extensions follow ss. 40 and 42 and the roles; the disposal stops the clock and takes them off the
 * board; every step is on the audit log; bad input writes nothing; auditors get the compliance report.
 */
@ExtendWith(ArquillianExtension.class)
class CustodyIT {

    private static final String PEOPLE = """
            ref,surname,forenames,dob,sex,aliases
            CU-001,Blenkinsopp,Darren,1990-04-12,M,
            CU-002,Fotheringale,Kyle,1988-09-02,M,
            CU-003,Maddingley,Shane,1995-01-20,M,
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @BeforeAll
    static void putPeopleOnFile() throws InterruptedException {
        assertThat(Jobs.runImport(PEOPLE.getBytes(StandardCharsets.UTF_8))).contains("\"status\":\"FINISHED\"");
    }

    private static String ago(long minutes) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String booking(long personId, boolean indictable, boolean authorised) {
        return """
                {"personId":%d,"arrestedAt":"%s","arrestPlace":"Fishergate, Preston","arrivedAt":"%s",
                 "arrestingOfficer":"PC 1234 Holt",
                 "offences":[{"description":"Assault occasioning actual bodily harm","indictable":%s}],
                 "authorised":%s,"grounds":"To secure and preserve evidence and obtain it by questioning.","cell":"C7",
                 "risk":{"health":"Cut hand","selfHarm":"None disclosed","alcoholAndDrugs":"Smells of drink",
                         "otherRisks":"None","level":"GENERAL"},
                 "rights":[{"entitlement":"LEGAL_ADVICE","at":"%s","detail":"Wants the duty solicitor"},
                           {"entitlement":"SOMEONE_INFORMED","at":"%6$s","detail":"Declines"}],
                 "rightsNotYetGiven":[{"entitlement":"CODES_OF_PRACTICE","reason":"Asleep; to be told on waking"}],
                 "property":"Phone, wallet, keys"}""".formatted(personId, ago(60), ago(40), indictable, authorised, ago(5));
    }

    private static long bookIn(long personId, boolean indictable) {
        HttpResponse<String> booked = Api.postJson("custody", "api/v1/custody/records", booking(personId, indictable, true));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return recordId(booked.body());
    }

    @Test
    void changingOrRemovingAnEntry_isRefusedWith405_andTheWayToCorrectIt() {
        long record = bookIn(personId("Fotheringale"), false);
        for (String method : List.of("PUT", "DELETE")) {
            HttpResponse<String> refused = Api.request(method, "custody", "api/v1/custody/records/" + record + "/entries/1", "{}");
            assertThat(refused.statusCode()).as(method).isEqualTo(405);
            assertThat(refused.body()).contains("\"status\":405").contains("never changed or removed").contains("corrections");
        }
    }

    @Test
    void aBookingIn_runsTheClock_takesEntriesAndCorrections_andTheDisposalStopsIt_everyStepAudited() {
        long person = personId("Blenkinsopp");
        HttpResponse<String> booked = Api.postJson("custody", "api/v1/custody/records", booking(person, true, true));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        assertThat(booked.body()).containsPattern("\"number\":\"CU/\\d{4}/\\d{6}\"").contains("\"cell\":\"C7\"")
                .contains("\"level\":\"GENERAL\"").contains("\"limitBasis\":\"24 hours (s. 41)\"")
                .contains("\"state\":\"RUNNING\"").contains("\"decidedBy\":\"custody\"")
                .contains("\"kind\":\"RIGHTS\"").contains("\"kind\":\"PROPERTY\"");
        long record = recordId(booked.body());
        String path = "api/v1/custody/records/" + record;
        assertThat(Api.get("officer", "api/v1/custody/board").body()).contains("\"recordId\":" + record + ",");

        HttpResponse<String> visit = Api.postJson("custody", path + "/entries",
                "{\"kind\":\"VISIT\",\"text\":\"Lying down, breathing, answered when spoken to\"}");
        assertThat(visit.statusCode()).as(visit.body()).isEqualTo(201);
        long note = number(Api.postJson("custody", path + "/entries",
                "{\"kind\":\"NOTE\",\"text\":\"Asked for a blanket; given one.\"}").body(), "\"entryId\":(\\d+)");
        HttpResponse<String> corrected = Api.postJson("custody", path + "/entries/" + note + "/corrections",
                "{\"text\":\"Asked for a blanket and a drink; given both.\",\"reason\":\"Left out the drink\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        assertThat(corrected.body()).contains("Asked for a blanket; given one.")
                .contains("Asked for a blanket and a drink; given both.")
                .contains("\"correctsId\":" + note + ",").contains("\"correctionReason\":\"Left out the drink\"");
        assertThat(Api.postJson("custody", path + "/entries/" + note + "/corrections",
                "{\"text\":\"Again\",\"reason\":\"again\"}").body()).contains("has already been corrected");

        // No call changes or removes an entry or a record: 405, the method is not allowed.
        assertThat(Api.request("PUT", "custody", path + "/entries/" + note, "{\"text\":\"rewritten\"}").statusCode())
                .isEqualTo(405);
        assertThat(Api.request("DELETE", "custody", path + "/entries/" + note, "").statusCode()).isEqualTo(405);
        assertThat(Api.request("PUT", "supervisor", path, "{}").statusCode()).isEqualTo(405);
        assertThat(Api.request("DELETE", "supervisor", path, "").statusCode()).isEqualTo(405);
        assertThat(Api.get("custody", path).body()).contains("Asked for a blanket; given one.").doesNotContain("rewritten");

        assertThat(Api.postJson("custody", path + "/reviews", "{\"rank\":\"INSPECTOR\",\"notInvolved\":true,"
                + "\"continueDetention\":true,\"grounds\":\"x\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> sergeant = Api.postJson("supervisor", path + "/reviews", "{\"rank\":\"SERGEANT\","
                + "\"notInvolved\":true,\"continueDetention\":true,\"grounds\":\"Interview pending\"}");
        assertThat(sergeant.statusCode()).isEqualTo(400);
        assertThat(sergeant.body()).contains("rank of inspector");
        HttpResponse<String> reviewed = Api.postJson("supervisor", path + "/reviews", "{\"rank\":\"INSPECTOR\","
                + "\"notInvolved\":true,\"continueDetention\":true,\"grounds\":\"Interview pending; detention necessary\"}");
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(201);
        assertThat(reviewed.body()).contains("\"status\":\"ON_TIME\"");
        HttpResponse<String> tooEarly = Api.postJson("supervisor", path + "/extensions", "{\"rank\":\"SUPERINTENDENT\","
                + "\"until\":\"" + OffsetDateTime.now(ZoneOffset.UTC).plusHours(30) + "\",\"grounds\":\"Forensics\"}");
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(tooEarly.body()).contains("s. 42(4)(b)");

        HttpResponse<String> noReturnDate = Api.postJson("custody", path + "/disposal",
                "{\"type\":\"BAILED\",\"details\":\"Not to contact the complainant\"}");
        assertThat(noReturnDate.statusCode()).isEqualTo(400);
        assertThat(noReturnDate.body()).contains("date the person is bailed to return");
        assertThat(Api.get("officer", "api/v1/custody/board").body()).contains("\"recordId\":" + record + ",");
        HttpResponse<String> bailed = Api.postJson("custody", path + "/disposal", "{\"type\":\"BAILED\","
                + "\"details\":\"Not to contact the complainant\",\"returnDate\":\"" + LocalDate.now().plusDays(28) + "\"}");
        assertThat(bailed.statusCode()).as(bailed.body()).isEqualTo(201);
        assertThat(bailed.body()).contains("\"state\":\"STOPPED\"").contains("\"type\":\"BAILED\"");
        assertThat(Api.get("officer", "api/v1/custody/board").body()).doesNotContain("\"recordId\":" + record + ",");
        assertThat(Api.postJson("custody", path + "/entries", "{\"kind\":\"VISIT\",\"text\":\"x\"}").body())
                .contains("only notes and property");
        assertThat(Api.get("officer", "api/v1/custody/records?personId=" + person).body())
                .contains("\"disposal\":\"BAILED\"").contains("\"inCustody\":false");

        String log = Api.get("auditor", "api/v1/audit/entries?recordType=CUSTODY_RECORD&recordId=" + record + "&max=100").body();
        assertThat(log).contains("\"action\":\"CREATE\"").contains("\"action\":\"VIEW\"").contains("booked in")
                .contains("Cell visit").contains("(correction of entry " + note + ": Left out the drink)")
                .contains("Review of detention").contains("Disposal at ").contains("Bailed to return");
    }

    @Test
    void theDatabase_refusesToChangeOrRemoveAnyPartOfACustodyRecord() throws SQLException {
        long record = bookIn(personId("Fotheringale"), false);
        try (Connection db = DriverManager.getConnection(ItDatabase.jdbcUrl(), "postgres", "postgres");
                Statement sql = db.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE custody.custody_entry SET text = 'rewritten' WHERE record_id = "
                    + record)).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM custody.custody_entry WHERE record_id = " + record))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("TRUNCATE custody.custody_entry CASCADE"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE custody.custody_record SET arrived_at = now() WHERE id = "
                    + record)).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM custody.custody_offence WHERE record_id = " + record))
                    .hasMessageContaining("append-only");
            try (ResultSet count = sql.executeQuery("SELECT count(*) FROM custody.custody_entry WHERE record_id = " + record)) {
                count.next();
                // booked in, authorised, cell, risk, two rights told, one not yet (a note), property
                assertThat(count.getInt(1)).isEqualTo(8);
            }
        }
        assertThat(Api.get("custody", "api/v1/custody/records/" + record).body()).doesNotContain("rewritten");
    }

    @Test
    void badInput_isRefusedWithAMessage_andWritesNothing() {
        long person = personId("Maddingley");
        HttpResponse<String> nobody = Api.postJson("custody", "api/v1/custody/records", booking(999_999_999L, false, true));
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(nobody.body()).contains("There is no person 999999999 on the people index");
        HttpResponse<String> noGrounds = Api.postJson("custody", "api/v1/custody/records",
                booking(person, false, true).replace("To secure and preserve evidence and obtain it by questioning.", " "));
        assertThat(noGrounds.statusCode()).isEqualTo(400);
        assertThat(noGrounds.body()).contains("grounds for authorising detention");
        HttpResponse<String> noRisk = Api.postJson("custody", "api/v1/custody/records",
                booking(person, false, true).replaceAll("\"risk\":\\{[^}]*\\},", ""));
        assertThat(noRisk.statusCode()).isEqualTo(400);
        assertThat(noRisk.body()).contains("Assess the risk");
        assertThat(Api.get("officer", "api/v1/custody/records?personId=" + person).body()).contains("\"records\":[]");
        assertThat(Api.postJson("officer", "api/v1/custody/records", booking(person, false, true)).statusCode())
                .isEqualTo(403);
        assertThat(Api.get("auditor", "api/v1/custody/board").statusCode()).isEqualTo(403);
        assertThat(Api.get("officer", "api/v1/custody/records/999999999").statusCode()).isEqualTo(404);

        HttpResponse<String> refused = Api.postJson("custody", "api/v1/custody/records", booking(person, false, false));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(201);
        assertThat(refused.body()).contains("\"type\":\"DETENTION_REFUSED\"").contains("\"authorised\":false");
        long record = recordId(refused.body());
        assertThat(Api.postJson("supervisor", "api/v1/custody/records/" + record + "/reviews",
                "{\"rank\":\"INSPECTOR\",\"notInvolved\":true,\"continueDetention\":true,\"grounds\":\"x\"}").body())
                .contains("Detention was refused");
        HttpResponse<String> warrant = Api.postJson("custody", "api/v1/custody/records/" + bookIn(person, false) + "/warrants",
                "{\"court\":\"Preston Magistrates\",\"until\":\"" + OffsetDateTime.now(ZoneOffset.UTC).plusHours(30) + "\"}");
        assertThat(warrant.statusCode()).isEqualTo(400);
        assertThat(warrant.body()).contains("only for an indictable offence");
    }

    @Test
    void theBoard_showsTheBusySuite_withReviewsAndLimitsDueSoonAndOverdue() {
        HttpResponse<String> board = Api.get("officer", "api/v1/custody/board");
        assertThat(board.statusCode()).as(board.body()).isEqualTo(200);
        assertThat(board.body()).contains("\"reviewState\":\"DUE_SOON\"").contains("\"reviewState\":\"OVERDUE\"")
                .contains("\"state\":\"DUE_SOON\"").contains("\"state\":\"OVERDUE\"")
                .contains("\"limitBasis\":\"extended (s. 42)\"").contains("\"limitBasis\":\"warrant (s. 43)\"")
                .contains("\"level\":\"CONSTANT\"");
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=CUSTODY_RECORD&action=SEARCH&user=officer").body())
                .contains("custody board");
    }

    @Test
    void theComplianceReport_isForAuditors_countsEachNewDetention_andComesAsCsv() {
        String today = LocalDate.now().toString();
        String from = LocalDate.now().minusYears(1).toString();
        String recently = LocalDate.now().minusDays(2).toString();
        HttpResponse<String> before = Api.get("auditor", "api/v1/custody/compliance?from=" + recently + "&to=" + today);
        assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
        long detentions = number(before.body(), "\"detentions\":(\\d+)");
        assertThat(number(before.body(), "\"pastLimit\":(\\d+)")).isGreaterThanOrEqualTo(1);
        bookIn(personId("Fotheringale"), true);
        assertThat(number(Api.get("auditor", "api/v1/custody/compliance?from=" + recently + "&to=" + today).body(),
                "\"detentions\":(\\d+)")).isEqualTo(detentions + 1);

        String year = Api.get("auditor", "api/v1/custody/compliance?from=" + from + "&to=" + today).body();
        assertThat(number(year, "\"detentions\":(\\d+)")).isGreaterThan(50);
        assertThat(number(year, "\"reviewsLate\":(\\d+)") + number(year, "\"reviewsPostponed\":(\\d+)")).isGreaterThan(0);
        assertThat(number(year, "\"extensions\":(\\d+)")).isGreaterThan(0);
        HttpResponse<String> csv = Api.get("auditor", "api/v1/custody/compliance/csv?from=" + from + "&to=" + today);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("Detentions,").contains("Reviews late,").contains("review issue: record,");
        assertThat(Api.get("officer", "api/v1/custody/compliance?from=" + from + "&to=" + today).statusCode()).isEqualTo(403);
        HttpResponse<String> backwards = Api.get("auditor", "api/v1/custody/compliance?from=" + today + "&to=" + from);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("after it ends");
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=PACE_COMPLIANCE_REPORT&action=EXPORT").body())
                .contains("CSV, period " + from + " to " + today);
    }

    /** The record's own id (JSON-B writes properties in alphabetical order, so the entries' ids come first). */
    private static long recordId(String json) {
        return number(json, "\"id\":(\\d+),\"(?:level|markers|number)\"");
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
