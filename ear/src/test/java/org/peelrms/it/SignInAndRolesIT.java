package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The REST API asks who you are, refuses strangers with 401 and wrong roles with 403, and logs refusals.
 *
 * <p>Data: the demo accounts; the demo people named Smith for a search that finds someone.
 */
@ExtendWith(ArquillianExtension.class)
class SignInAndRolesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @Test
    void noCredentials_get401WithABasicChallenge() {
        HttpResponse<String> response = Api.get(null, "api/v1/me");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void wrongPassword_gets401_andTheAttemptIsOnTheAuditLog() {
        assertThat(Api.get("officer", "not-the-password", "api/v1/me").statusCode()).isEqualTo(401);

        HttpResponse<String> failures = Api.get("auditor", "api/v1/audit/entries?action=SIGN_IN_FAILED&user=officer");
        assertThat(failures.statusCode()).isEqualTo(200);
        assertThat(failures.body()).contains("\"action\":\"SIGN_IN_FAILED\"").contains("\"username\":\"officer\"");
    }

    @ParameterizedTest
    @CsvSource({"officer,OFFICER", "custody,CUSTODY_OFFICER", "investigator,INVESTIGATOR", "supervisor,SUPERVISOR",
            "auditor,AUDITOR", "admin,ADMIN", "evaluator,READ_ONLY"})
    void eachDemoUser_signsIn_withExactlyTheirRole(String user, String role) {
        HttpResponse<String> me = Api.get(user, "api/v1/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + user + "\"").contains("\"roles\":[\"" + role + "\"]");
    }

    @ParameterizedTest
    @CsvSource({"officer,api/v1/audit/entries", "admin,api/v1/audit/entries", "supervisor,api/v1/audit/entries",
            "auditor,api/v1/nominals?q=smith", "admin,api/v1/nominals?q=smith"})
    void signedInWithoutTheRole_gets403(String user, String path) {
        assertThat(Api.get(user, path).statusCode()).isEqualTo(403);
    }

    @Test
    void passwordsAreStoredOnlyAsBcryptHashes_costTenForPeopleAndFourForTheServiceAccount() throws SQLException {
        try (Connection db = DriverManager.getConnection(ItDatabase.jdbcUrl(), "postgres", "postgres");
                Statement sql = db.createStatement();
                ResultSet accounts = sql.executeQuery(
                        "SELECT username, password_hash, password_salt, iteration_count FROM staff.account")) {
            int rows = 0;
            while (accounts.next()) {
                rows++;
                String user = accounts.getString("username");
                assertThat(accounts.getString("password_hash")).doesNotContain(Api.demoPassword(user)).hasSizeGreaterThan(20);
                assertThat(accounts.getString("password_salt")).isNotBlank();
                assertThat(accounts.getInt("iteration_count")).as(user).isEqualTo("evaluator".equals(user) ? 4 : 10);
            }
            assertThat(rows).isGreaterThanOrEqualTo(7);
        }
    }

    @Test
    void theReadOnlyServiceAccount_searchesAndReadsPeople_butChangesNothing() {
        HttpResponse<String> search = Api.get("evaluator", "api/v1/nominals?q=smith&limit=1");
        assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
        assertThat(Api.get("evaluator", "api/v1/nominals/search?surname=smith").statusCode()).isEqualTo(200);
        assertThat(Api.get("evaluator", "api/v1/nominals/987654321").statusCode()).isEqualTo(404);

        assertThat(Api.putJson("evaluator", "api/v1/nominals/1", "{\"version\":0,\"surname\":\"X\",\"heightCm\":170}")
                .statusCode()).isEqualTo(403);
        assertThat(Api.postJson("evaluator", "api/v1/missing/cases/1/enquiries", "{\"action\":\"a\",\"result\":\"r\"}")
                .statusCode()).isEqualTo(403);
        assertThat(Api.postJson("evaluator", "api/v1/crime/reports", "{\"method\":\"PHONE\"}").statusCode()).isEqualTo(403);
        assertThat(Api.get("evaluator", "api/v1/custody/board").statusCode()).isEqualTo(403);
    }

    @Test
    void aBasicCall_keepsNoSession_thatCouldBeUsedWithoutCredentials() throws Exception {
        HttpResponse<String> basic = Api.get("officer", "api/v1/me");
        assertThat(basic.statusCode()).isEqualTo(200);
        java.util.Optional<String> cookie = basic.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).map(value -> value.split(";")[0]).findFirst();
        if (cookie.isPresent()) {
            HttpResponse<String> withTheCookieOnly = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(PeelDeployment.BASE + "api/v1/me"))
                            .header("Cookie", cookie.get()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(withTheCookieOnly.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void badInput_getsA400WithAMessageToActOn() {
        HttpResponse<String> response = Api.get("auditor", "api/v1/audit/entries?from=25/11/2026");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("from must be a date written yyyy-mm-dd");
    }
}
