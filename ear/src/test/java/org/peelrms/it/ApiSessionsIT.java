package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A program that makes many calls signs in once ({@code POST /api/v1/sessions}, ADR 0050) and then sends the session
 * cookie instead of its password. The session is on the audit trail as a sign-in and a sign-out, and it ends at once
 * when the account's password is reset or the account is disabled, as a page session does (ADR 0034).
 *
 * <p>Data: the accounts it opens for itself; the demo administrator and auditor.
 */
@ExtendWith(ArquillianExtension.class)
class ApiSessionsIT {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @Test
    void aProgramSignsInOnce_searchesWithTheCookie_andSignsOut_eachOnTheAuditTrail() {
        open("svc.sessions", "sessions-first-password");
        HttpResponse<String> signedIn = signIn("svc.sessions", "sessions-first-password");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(201);
        assertThat(signedIn.body()).contains("Signed in as svc.sessions").contains("DELETE /api/v1/sessions");
        String cookie = cookieOf(signedIn);

        HttpResponse<String> me = withCookie("GET", cookie, "api/v1/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("svc.sessions");
        HttpResponse<String> search = withCookie("GET", cookie, "api/v1/nominals/search?surname=Nobodyever");
        assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
        assertThat(search.body()).contains("\"results\":[]");
        assertThat(auditOf("svc.sessions")).contains("SIGN_IN").contains("SEARCH");

        HttpResponse<String> signedOut = withCookie("DELETE", cookie, "api/v1/sessions");
        assertThat(signedOut.statusCode()).as(signedOut.body()).isEqualTo(204);
        assertThat(withCookie("GET", cookie, "api/v1/me").statusCode()).isEqualTo(401);
        assertThat(auditOf("svc.sessions")).contains("SIGN_OUT");
    }

    @Test
    void aWrongPassword_opensNoSession() {
        open("svc.wrong", "wrong-first-password");
        HttpResponse<String> refused = signIn("svc.wrong", "not-the-password");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("not right");
        assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID=")
                && withCookie("GET", c.split(";", 2)[0], "api/v1/me").statusCode() == 200);
    }

    @Test
    void theSessionEnds_whenThePasswordIsReset_orTheAccountDisabled() {
        open("svc.reset", "reset-first-password");
        String cookie = cookieOf(signIn("svc.reset", "reset-first-password"));
        assertThat(withCookie("GET", cookie, "api/v1/me").statusCode()).isEqualTo(200);
        assertThat(Api.putJson("admin", "api/v1/accounts/svc.reset/password", "{\"password\":\"reset-second-password\"}")
                .statusCode()).isEqualTo(200);
        String wrongBasic = "Basic " + Base64.getEncoder().encodeToString("svc.reset:guess".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> withAHeader = send(HttpRequest.newBuilder(URI.create(PeelDeployment.BASE + "api/v1/me"))
                .header("Cookie", cookie).header("Authorization", wrongBasic).GET().build());
        assertThat(withAHeader.statusCode()).as("an Authorization header does not excuse the old session").isEqualTo(401);
        assertThat(withAHeader.body()).contains("sign in again");
        assertThat(withCookie("GET", cookie, "api/v1/me").statusCode()).isEqualTo(401);

        String again = cookieOf(signIn("svc.reset", "reset-second-password"));
        assertThat(withCookie("GET", again, "api/v1/me").statusCode()).isEqualTo(200);
        assertThat(Api.postJson("admin", "api/v1/accounts/svc.reset/disable", "{\"reason\":\"Integration retired\"}")
                .statusCode()).isEqualTo(200);
        assertThat(withCookie("GET", again, "api/v1/nominals/search?surname=Smith").statusCode()).isEqualTo(401);
    }

    private static void open(String username, String password) {
        HttpResponse<String> opened = Api.postJson("admin", "api/v1/accounts", """
                {"username":"%s","displayName":"Test integration","password":"%s","roles":["OFFICER"],"serviceAccount":false}"""
                .formatted(username, password));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    }

    private static HttpResponse<String> signIn(String username, String password) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(PeelDeployment.BASE + "api/v1/sessions"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** The session cookie an answer set ("JSESSIONID=…"); the test fails when there is none. */
    private static String cookieOf(HttpResponse<String> signedIn) {
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(201);
        return signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }

    /** A call with the cookie and no password; a change names Peel as its Origin, as the cross-site check asks. */
    private static HttpResponse<String> withCookie(String method, String cookie, String path) {
        URI base = URI.create(PeelDeployment.BASE);
        return send(HttpRequest.newBuilder(URI.create(PeelDeployment.BASE + path)).header("Cookie", cookie)
                .header("Origin", base.getScheme() + "://" + base.getHost() + ":" + base.getPort())
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private static String auditOf(String username) {
        HttpResponse<String> entries = Api.get("auditor", "api/v1/audit/entries?user=" + username);
        assertThat(entries.statusCode()).as(entries.body()).isEqualTo(200);
        return entries.body();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Peel did not answer " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
