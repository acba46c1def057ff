package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peelrms.it.MalformedRequests.Request;

/**
 * Bad input never breaks Peel: a generated table of well over a thousand malformed requests, across every
 * REST endpoint the web module declares, each answered 4xx (never 500) with a JSON message, naming the field
 * or parameter where there is one; and none of them writes anything.
 *
 * <p>Data: none but the demo accounts: every request it sends is refused, and it checks that nothing was written.
 */
@ExtendWith(ArquillianExtension.class)
class MalformedRequestsIT {
    private static final Pattern JSON_ERROR = Pattern.compile("\\{(\"message\":\"[^\"].*\",\"status\":(\\d{3})"
            + "|\"status\":(\\d{3}),\"message\":\"[^\"].*\")}", Pattern.DOTALL);

    /** One signed-in browser-like session per demo user, so that the table is not a thousand password checks. */
    private final Map<String, PageSession> sessions = new HashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @Test
    void everyEndpoint_answersEveryMalformedRequest_with4xxAndAJsonMessage_andWritesNothing() throws SQLException {
        List<RestEndpoints.Endpoint> endpoints = RestEndpoints.all();
        List<Request> table = MalformedRequests.of(endpoints);
        assertThat(endpoints).hasSizeGreaterThan(80);
        assertThat(table).hasSizeGreaterThan(1000);
        long writesBefore = writesOnTheAuditLog();

        List<String> wrong = new ArrayList<>();
        for (Request request : table) {
            HttpResponse<String> answer = send(request);
            String body = answer.body();
            if (answer.statusCode() < 400 || answer.statusCode() > 499) {
                wrong.add(answer.statusCode() + " for " + request + ": " + shortened(body));
            } else if (!JSON_ERROR.matcher(body).matches()
                    || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                wrong.add("no JSON message with " + answer.statusCode() + " for " + request + ": " + shortened(body));
            } else if (request.names() != null && answer.statusCode() == 400 && !body.contains(request.names())) {
                wrong.add("the message does not name '" + request.names() + "' for " + request + ": " + shortened(body));
            }
        }
        assertThat(wrong).as(wrong.size() + " of " + table.size() + " malformed requests answered wrongly").isEmpty();
        assertThat(writesOnTheAuditLog()).as("records created, changed or deleted by malformed requests")
                .isEqualTo(writesBefore);
    }

    @Test
    void aQueryParameterOfTheWrongKind_is400NamingIt_andAnUnknownAddress404_bothJson() {
        HttpResponse<String> limit = Api.get("officer", "api/v1/nominals?q=smith&limit=abc");
        assertThat(limit.statusCode()).isEqualTo(400);
        assertThat(limit.body()).contains("'limit'").doesNotContain("RESTEASY");

        HttpResponse<String> nowhere = Api.get("officer", "api/v1/no-such-thing");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("\"status\":404").contains("There is nothing at this address").doesNotContain("RESTEASY");
    }

    @Test
    void anIdWithAFraction_isRefused_notTruncated_andARecordThatIsNotOnFile_cannotBeRestricted() {
        HttpResponse<String> restriction = Api.postJson("supervisor", "api/v1/restrictions", """
                {"recordType":"PERSON","recordId":1.5,"category":"PROTECTED_WITNESS","reason":"test"}""");
        assertThat(restriction.statusCode()).isEqualTo(400);
        assertThat(restriction.body()).contains("'recordId' must be a whole number, not 1.5");

        HttpResponse<String> nobody = Api.postJson("supervisor", "api/v1/restrictions", """
                {"recordType":"PERSON","recordId":%s,"category":"PROTECTED_WITNESS","reason":"test"}"""
                .formatted(MalformedRequests.NO_SUCH_ID));
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(nobody.body()).contains("There is no person " + MalformedRequests.NO_SUCH_ID + ".");
    }

    @Test
    void aSupervisorOrOfficerWhoIsNotAnAccount_isRefused() {
        HttpResponse<String> file = Api.postJson("officer", "api/v1/casefiles",
                "{\"type\":\"PRE_CHARGE\",\"supervisor\":\"nobody-by-this-name\"}");
        assertThat(file.statusCode()).isEqualTo(400);
        assertThat(file.body()).contains("There is no account 'nobody-by-this-name'; give the supervisor's user name.");
        HttpResponse<String> officer = Api.postJson("officer", "api/v1/casefiles",
                "{\"type\":\"PRE_CHARGE\",\"officerInCase\":\"ghost\",\"supervisor\":\"supervisor\"}");
        assertThat(officer.statusCode()).isEqualTo(400);
        assertThat(officer.body()).contains("There is no account 'ghost'");
    }

    @Test
    void aListOfTenThousandIds_isRefused_beforeAnythingIsRead() {
        String ids = java.util.stream.IntStream.rangeClosed(1, 10_000).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(","));
        HttpResponse<String> file = Api.postJson("officer", "api/v1/casefiles",
                "{\"type\":\"PRE_CHARGE\",\"crimeIds\":[" + ids + "]}");
        assertThat(file.statusCode()).isEqualTo(400);
        assertThat(file.body()).contains("'crimeIds' has 10000 entries; at most 100");
    }

    @Test
    void aCsvThatIsNotUtf8_is400() {
        byte[] latin1 = "ref,surname,forenames,dob,sex,aliases\nX1,Müller,Jörg,1980-01-01,M,\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> answer = Api.post("admin", "api/v1/nominals/import", "text/csv", latin1);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("not UTF-8");
    }

    @Test
    void aNulInAnImportedRow_refusesThatRowWithAReason_andTheJobFinishes() throws InterruptedException {
        String job = Jobs.runImport(("ref,surname,forenames,dob,sex,aliases\nNUL-1,Nul\u0000son,Ann,1980-01-01,F,\n"
                + "NUL-2,Fine,Ann,1980-01-01,F,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(job).contains("\"status\":\"FINISHED\"").contains("\"rejected\":1").contains("NUL character");
    }

    private HttpResponse<String> send(Request request) {
        PageSession session = sessions.computeIfAbsent(request.user(),
                user -> PageSession.signIn(user, Api.demoPassword(user)));
        return session.call(request.method(), request.path(), request.contentType(), request.body(),
                "Origin", PeelDeployment.ORIGIN);
    }

    private static long writesOnTheAuditLog() throws SQLException {
        try (Connection db = DriverManager.getConnection(ItDatabase.jdbcUrl(), "postgres", "postgres");
                Statement query = db.createStatement();
                ResultSet count = query.executeQuery(
                        "SELECT count(*) FROM audit.audit_entry WHERE action IN ('CREATE', 'CHANGE', 'DELETE')")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static String shortened(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
