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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 *
 * <p>Data: the people it imports itself, and the detentions it books in for itself ({@link Detentions}) at
 * the times each board state needs; the compliance report's figures over the year also read the demo
 * custody suite's past records (loaded when Peel first starts with demo data).
 */
@ExtendWith(ArquillianExtension.class)
class CustodyIT {

    private static final String PEOPLE = """
            ref,surname,forenames,dob,sex,aliases
            CU-001,Blenkinsopp,Darren,1990-04-12,M,
            CU-002,Fotheringale,Kyle,1988-09-02,M,
            CU-003,Maddingley,Shane,1995-01-20,M,
            CU-004,Thistlewaite-Oxby,Lee,1991-03-03,M,
            CU-006,Ibbotsley,Connor,1999-11-30,M,
            CU-007,Harkenrode,Jay,1979-02-08,M,
            CU-008,Pellingwood,Ross,1986-08-21,M,
            CU-009,Strathcarrow,Wayne,1993-12-05,M,
            CU-010,Dunwoody-Pryce,Carl,1982-07-17,M,
            CU-011,Pennyfeather,Liam,1991-07-30,M,
            CU-012,Quillinane,Jake,1993-03-14,M,
            CU-013,Rossendale-Imrie,Owen,1986-11-05,M,
            CU-014,Wolstenholme-Raik,Dean,1984-06-09,M,
            CU-015,Oxenholme-Tate,Reece,1997-06-09,M,
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
        return Detentions.ago(minutes);
    }

    private static String booking(long personId, boolean indictable, boolean authorised) {
        return Detentions.booking(personId, indictable, authorised, 40, "GENERAL");
    }

    private static long bookIn(long personId, boolean indictable) {
        HttpResponse<String> booked = Api.postJson("custody", "api/v1/custody/records", booking(personId, indictable, true));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return recordId(booked.body());
    }

    /** This record's line on the custody board (the board also holds the demo suite's detainees). */
    private static String boardLine(long record) {
        String board = Api.get("officer", "api/v1/custody/board").body();
        String line = Detentions.objectWith(board, "\"recordId\":" + record);
        assertThat(line).as("record " + record + " on the board " + board).isNotNull();
        return line;
    }

    @Test
    void changingOrRemovingAnEntry_isRefusedWith405_andTheWayToCorrectIt() {
        long record = bookIn(personId("Dunwoody-Pryce"), false);
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

        // No call changes or removes an entry or a record: no such method (405, with the way to correct one).
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
    void aPersonAlreadyInCustody_cannotBeBookedInAgain_untilTheDetentionIsDisposedOf() {
        long person = personId("Quillinane");
        long first = bookIn(person, false);
        String number = Api.get("custody", "api/v1/custody/records/" + first).body().replaceAll("(?s).*\"number\":\"(CU/[^\"]+)\".*", "$1");

        HttpResponse<String> again = Api.postJson("custody", "api/v1/custody/records", booking(person, false, true));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("is already in custody (custody record " + number + ")");
        assertThat(Api.get("officer", "api/v1/custody/records?personId=" + person).body()).containsOnlyOnce("\"number\"");

        assertThat(Api.postJson("custody", "api/v1/custody/records/" + first + "/disposal",
                "{\"type\":\"NO_FURTHER_ACTION\",\"details\":\"No further action\"}").statusCode()).isIn(200, 201);
        bookIn(person, false);
    }

    /**
     * ADR 0041: booking in names the person without opening their record. A restricted person is booked in by a
     * custody officer on the restriction's list who gives the reason (kept on the booking's entry); without a reason
     * the answer is 428; to a supervisor not on the list the person does not exist; and no VIEW of the person is
     * written by any of it.
     */
    @Test
    void aRestrictedPerson_isBookedInByACustodyOfficerOnItsList_whoGivesTheReason_andNoViewOfThemIsLogged() {
        long person = personId("Wolstenholme-Raik");
        HttpResponse<String> restricted = Api.postJson("admin", "api/v1/restrictions", ("{\"recordType\":\"PERSON\","
                + "\"recordId\":%d,\"category\":\"PROTECTED_WITNESS\",\"reason\":\"Custody test\",\"users\":[\"custody\"]}")
                .formatted(person));
        assertThat(restricted.statusCode()).as(restricted.body()).isEqualTo(201);

        HttpResponse<String> noReason = Api.postJson("custody", "api/v1/custody/records", booking(person, false, true));
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(428);
        assertThat(noReason.body()).contains("This person is restricted: give your reason");
        HttpResponse<String> notOnTheList = Api.postJson("supervisor", "api/v1/custody/records?reason=Just+looking",
                booking(person, false, true));
        assertThat(notOnTheList.statusCode()).isEqualTo(400);
        assertThat(notOnTheList.body()).contains("There is no person " + person + " on the people index");

        HttpResponse<String> booked = Api.postJson("custody", "api/v1/custody/records?reason=" + Api.encode("Arrested on"
                + " warrant 77"), booking(person, false, true));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        assertThat(booked.body()).contains("Wolstenholme-Raik".toUpperCase());
        long record = recordId(booked.body());

        String created = Api.get("auditor", "api/v1/audit/entries?recordType=CUSTODY_RECORD&recordId=" + record
                + "&action=CREATE&max=10").body();
        assertThat(created).contains("booked in").contains("Arrested on warrant 77");
        String personLog = Api.get("auditor", "api/v1/audit/entries?recordType=PERSON&recordId=" + person + "&max=100").body();
        assertThat(personLog).contains("restricted (").doesNotContain("\"action\":\"VIEW\"");
    }

    @Test
    void sixCustodyOfficersBookingTheSamePersonInAtOnce_oneDetentionIsOpened_andTheOthersAreToldWhy() throws Exception {
        long person = personId("Oxenholme-Tate");
        String booking = booking(person, false, true);
        ExecutorService officers = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int officer = 0; officer < 6; officer++) {
                answers.add(officers.submit(() -> Api.postJson("custody", "api/v1/custody/records", booking)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    assertThat(response.body()).contains("is already in custody");
                }
            }
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        } finally {
            officers.shutdown();
        }
        assertThat(Api.get("officer", "api/v1/custody/records?personId=" + person).body()).containsOnlyOnce("\"number\"");
    }

    @Test
    void aBookingDatedYearOne_isRefused() {
        HttpResponse<String> yearOne = Api.postJson("custody", "api/v1/custody/records",
                booking(personId("Rossendale-Imrie"), false, true).replaceFirst("\"arrestedAt\":\"[^\"]+\"",
                        "\"arrestedAt\":\"0001-01-01T00:00:00Z\""));
        assertThat(yearOne.statusCode()).isEqualTo(400);
        assertThat(yearOne.body()).contains("The time of arrest is before 1900");
    }

    @Test
    void theBoard_showsLimitsDueSoonAndOverdue_extensionsWarrantsAndObservationLevels() {
        // Its own detainees, arrived as long ago as each state of the limit needs (the 24-hour limit runs from
        // arrival and is "due soon" within two hours), so nothing depends on when the demo suite was loaded.
        // Reviews fall due from the booking, which is now, so a fresh detainee's first review is running;
        // "due soon" and "overdue" reviews are DetentionClockTest's.
        long fresh = Detentions.bookIn("Thistlewaite-Oxby", false, 30, "GENERAL");
        long limitDueSoon = Detentions.bookIn("Ibbotsley", false, 22 * 60 + 30, "GENERAL");
        long limitOverdue = Detentions.bookIn("Harkenrode", false, 25 * 60, "GENERAL");
        long extended = Detentions.bookIn("Pellingwood", true, 10 * 60, "CONSTANT");
        long warranted = Detentions.bookIn("Strathcarrow", true, 10 * 60, "GENERAL");
        Detentions.extend(extended);
        Detentions.warrant(warranted);

        assertThat(boardLine(fresh)).contains("\"reviewState\":\"RUNNING\"").contains("\"state\":\"RUNNING\"");
        assertThat(boardLine(limitDueSoon)).contains("\"state\":\"DUE_SOON\"");
        assertThat(boardLine(limitOverdue)).contains("\"state\":\"OVERDUE\"");
        assertThat(boardLine(extended)).contains("\"limitBasis\":\"extended (s. 42)\"").contains("\"level\":\"CONSTANT\"");
        assertThat(boardLine(warranted)).contains("\"limitBasis\":\"warrant (s. 43)\"");
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
        bookIn(personId("Pennyfeather"), true);
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

    @Test
    void theDemoSuite_wasRecordedByTheDemoSergeantAndInspector_atTheTimesItHappened() {
        // C9 is the demo detainee whose first review was postponed while in interview (booked in 10 hours ago).
        String line = Detentions.objectWith(Api.get("officer", "api/v1/custody/board").body(), "\"cell\":\"C9\"");
        assertThat(line).as("the demo suite's C9 on the board").isNotNull();
        long record = number(line, "\"recordId\":(\\d+)");
        String json = Api.get("officer", "api/v1/custody/records/" + record).body();
        assertThat(json).contains("\"decidedBy\":\"custody\"");
        OffsetDateTime decided = OffsetDateTime.parse(json.replaceAll("(?s).*\"decidedAt\":\"([^\"]+)\".*", "$1"));
        assertThat(decided).isBefore(OffsetDateTime.now().minusHours(9));
        String review = Detentions.objectWith(json, "\"kind\":\"REVIEW\"");
        assertThat(review).as(json).contains("\"recordedBy\":\"supervisor\"").contains("in interview");
        String visit = Detentions.objectWith(json, "\"kind\":\"VISIT\"");
        assertThat(visit).as(json).contains("\"recordedBy\":\"custody\"");

        String log = Api.get("auditor", "api/v1/audit/entries?recordType=CUSTODY_RECORD&recordId=" + record).body();
        assertThat(log).contains("\"username\":\"custody\"").contains("\"username\":\"supervisor\"")
                .doesNotContain("\"username\":\"peel-system\"");
    }

    /** The record's own id (JSON-B writes properties in alphabetical order, so the entries' ids come first). */
    private static long recordId(String json) {
        return Detentions.recordId(json);
    }

    private static long personId(String surname) {
        return Detentions.personId(surname);
    }

    private static long number(String json, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
