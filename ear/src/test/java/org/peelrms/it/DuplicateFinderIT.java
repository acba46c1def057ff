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
 * The duplicate finder through REST (issue 18): a person put on file twice (a slip in the surname, Bill for
 * William, the same date of birth) is found by the background job and listed in the review queue with why;
 * a reviewer dismisses the pair with a reason, which is audited, and a second run does not put it back (its
 * audited summary counts the pair a reviewer had already found not the same person); a
 * pair with a person restricted from the reviewer is not shown; bad input gets a 4xx with a message.
 *
 * <p>Data: the people it imports in {@code @BeforeAll}, their surnames made unique with a random token.
 */
@ExtendWith(ArquillianExtension.class)
class DuplicateFinderIT {
    /** One JSON object with no object inside it: a pair of the queue, a person of a search. */
    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");
    private static final String TOKEN = UniqueLetters.next();
    private static final String SURNAME = "Quillfeather" + TOKEN;
    private static final String RESTRICTED_SURNAME = "Ashcombe" + TOKEN;
    private static long william;
    private static long bill;
    private static long restricted;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @BeforeAll
    static void putPeopleOnFileTwice() throws InterruptedException {
        String csv = """
                ref,surname,forenames,dob,sex,aliases
                DF-%1$s-1,%2$s,William,1968-03-14,M,
                DF-%1$s-2,%3$s,Bill,1968-03-14,M,
                DF-%1$s-3,%4$s,Perpetua,1972-08-30,F,
                DF-%1$s-4,%4$s,Perpetua,1972-08-30,F,
                """.formatted(TOKEN, SURNAME, SURNAME.replace("ll", "l"), RESTRICTED_SURNAME);
        assertThat(Jobs.runImport(csv.getBytes(StandardCharsets.UTF_8))).contains("\"status\":\"FINISHED\"").contains("\"created\":4");
        william = Api.personId(SURNAME, "DF-" + TOKEN + "-1");
        bill = Api.personId(SURNAME.replace("ll", "l"), "DF-" + TOKEN + "-2");
        restricted = Api.personId(RESTRICTED_SURNAME, "DF-" + TOKEN + "-3");
        // Made by a supervisor: whoever restricts a record stays on its list, so it must not be the reviewer.
        HttpResponse<String> restriction = Api.postJson("supervisor", "api/v1/restrictions", ("{\"recordType\":\"PERSON\",\"recordId\":%d,"
                + "\"category\":\"PROTECTED_WITNESS\",\"reason\":\"Duplicate finder test %s\",\"users\":[\"officer\"]}")
                .formatted(restricted, TOKEN));
        assertThat(restriction.statusCode()).as(restriction.body()).isEqualTo(201);
    }

    @Test
    void thePersonOnFileTwiceIsFound_dismissed_andStaysDismissed() throws InterruptedException {
        assertThat(runFinder()).contains("\"status\":\"FINISHED\"").contains("search for people on file twice");

        String pair = pairOf(william, bill, "OPEN");
        assertThat(pair).as("the planted pair in the open queue").isNotNull()
                .contains("forename forms of one name: William / Bill").contains("born the same day")
                .contains(SURNAME.toUpperCase() + ", William, born 14/03/1968");
        assertThat(probability(pair)).as("most likely one person").isGreaterThan(0.5);
        long id = Long.parseLong(Api.captured(pair, "\"id\":(\\d+)"));

        HttpResponse<String> noReason = Api.postJson("admin", "api/v1/nominals/duplicates/" + id + "/not-a-duplicate", "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"status\":400").contains("reason is required");
        assertThat(pairOf(william, bill, "OPEN")).as("a refused dismissal changes nothing").isNotNull();

        String reason = "Different fathers named on the PNC " + TOKEN;
        HttpResponse<String> dismissed = Api.postJson("admin", "api/v1/nominals/duplicates/" + id + "/not-a-duplicate",
                "{\"reason\":\"" + reason + "\"}");
        assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(200);
        assertThat(dismissed.body()).contains("\"status\":\"NOT_A_DUPLICATE\"").contains("\"reviewedBy\":\"admin\"")
                .contains(reason);
        HttpResponse<String> again = Api.postJson("admin", "api/v1/nominals/duplicates/" + id + "/not-a-duplicate",
                "{\"reason\":\"twice\"}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("no longer open");
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=POSSIBLE_DUPLICATE&recordId=" + id).body()).contains(reason);

        String secondRun = runFinder();
        assertThat(secondRun).contains("\"status\":\"FINISHED\"");
        assertThat(pairOf(william, bill, "OPEN")).as("a second run does not reopen a dismissed pair").isNull();
        assertThat(pairOf(william, bill, "NOT_A_DUPLICATE")).contains(reason);
        String job = Api.captured(secondRun, "\"id\":(\\d+)");
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=POSSIBLE_DUPLICATE&recordId=job%20" + job).body())
                .as("the run's summary counts the pairs a reviewer had already decided")
                .containsPattern("[1-9]\\d* a reviewer had found not the same person")
                .containsPattern("Reviewers' decisions so far: \\d+ merged, [1-9]\\d* not the same person");
    }

    @Test
    void aPairWithAPersonRestrictedFromTheReviewerIsNotShown() throws InterruptedException, SQLException {
        assertThat(runFinder()).contains("\"status\":\"FINISHED\"");
        assertThat(openPairsInTheDatabaseWith(restricted)).as("the finder found the restricted person's pair").isEqualTo(1);
        String everything = allPages("OPEN");
        assertThat(everything).doesNotContain(RESTRICTED_SURNAME.toUpperCase())
                .doesNotContainPattern("\"(first|second)PersonId\":" + restricted + "\\b");
    }

    private static int openPairsInTheDatabaseWith(long person) throws SQLException {
        try (Connection db = DriverManager.getConnection(ItDatabase.jdbcUrl(), "postgres", "postgres");
                Statement sql = db.createStatement();
                ResultSet count = sql.executeQuery("SELECT count(*) FROM nominal.possible_duplicate WHERE status = 'OPEN'"
                        + " AND (first_person_id = " + person + " OR second_person_id = " + person + ")")) {
            count.next();
            return count.getInt(1);
        }
    }

    @Test
    void badInputGetsAClearRefusal() {
        HttpResponse<String> status = Api.get("admin", "api/v1/nominals/duplicates?status=MAYBE");
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(status.body()).contains("status must be one of [OPEN, NOT_A_DUPLICATE, MERGED]");
        HttpResponse<String> page = Api.get("admin", "api/v1/nominals/duplicates?max=100000");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("max from 1 to 200");
        HttpResponse<String> missing = Api.postJson("admin", "api/v1/nominals/duplicates/999999999/not-a-duplicate",
                "{\"reason\":\"no such pair\"}");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("There is no possible duplicate 999999999.");
        assertThat(Api.postJson("officer", "api/v1/nominals/duplicates/find", "{}").statusCode()).isEqualTo(403);
        assertThat(Api.get("officer", "api/v1/nominals/duplicates").statusCode()).isEqualTo(403);
    }

    /** Starts the finder and waits for its job to end; the job's JSON. */
    private static String runFinder() throws InterruptedException {
        return Jobs.finished(Api.postJson("admin", "api/v1/nominals/duplicates/find", "{}"), 240);
    }

    /** The pair of these two people in the queue in this status, as JSON, or null. */
    private static String pairOf(long first, long second, String status) {
        Matcher objects = OBJECT.matcher(allPages(status));
        while (objects.find()) {
            String pair = objects.group();
            if (Pattern.compile("\"firstPersonId\":" + Math.min(first, second) + "\\b").matcher(pair).find()
                    && Pattern.compile("\"secondPersonId\":" + Math.max(first, second) + "\\b").matcher(pair).find()) {
                return pair;
            }
        }
        return null;
    }

    private static String allPages(String status) {
        StringBuilder all = new StringBuilder();
        for (int first = 0; ; first += 200) {
            HttpResponse<String> page = Api.get("admin", "api/v1/nominals/duplicates?status=" + status + "&first=" + first + "&max=200");
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            all.append(page.body());
            if (!page.body().contains("{\"id\":")) {
                return all.toString();
            }
        }
    }

    private static double probability(String pair) {
        return Double.parseDouble(Api.captured(pair, "\"probability\":([0-9.Ee-]+)"));
    }
}
