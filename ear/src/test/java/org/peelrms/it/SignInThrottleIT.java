package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in cannot be turned against its users (issue 16, ADR 0033): five wrong passwords for one account from one
 * address hold that account back from that address (the right password gets 429 with Retry-After, and is not even
 * checked), administrators see the throttle and clear it, and nothing is locked: WildFly's own lockout is off. The
 * container's own j_security_check, which would bypass the throttle, is turned away.
 *
 * <p>Data: the accounts it opens for itself; it clears the throttles it made.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {
    private static final Pattern SUBJECT = Pattern.compile("\"kind\":\"(ACCOUNT_AT_ADDRESS|ADDRESS)\"[^}]*?\"subject\":\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @Test
    void fiveWrongPasswords_holdTheAccountBackFromThatAddress_untilAnAdministratorClearsIt() {
        open("pc.fumbles", "the-right-password-1");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(Api.get("pc.fumbles", "a-wrong-password", "api/v1/me").statusCode()).as("attempt " + attempt)
                    .isEqualTo(401);
        }

        HttpResponse<String> held = Api.get("pc.fumbles", "the-right-password-1", "api/v1/me");
        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(held.body()).contains("\"status\":429").contains("Too many failed sign-ins").contains("No password was checked");
        assertThat(Long.parseLong(held.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 6L);

        String throttles = Api.get("admin", "api/v1/sign-in-throttles").body();
        assertThat(throttle(throttles, "pc\\.fumbles from [^\"]+")).contains("\"failures\":5")
                .contains("\"kind\":\"ACCOUNT_AT_ADDRESS\"").contains("\"heldUntil\":\"").contains("\"refusedWhileHeld\":1");
        assertThat(throttle(throttles, "pc\\.fumbles")).contains("\"failures\":5")
                .contains("\"kind\":\"ACCOUNT\"").doesNotContain("heldUntil");
        assertThat(Api.get("officer", "api/v1/sign-in-throttles").statusCode()).isEqualTo(403);

        clearMine("pc.fumbles from ");
        assertThat(Api.get("pc.fumbles", "the-right-password-1", "api/v1/me").statusCode()).isEqualTo(200);
        assertThat(Api.get("admin", "api/v1/sign-in-throttles").body()).doesNotContain("\"subject\":\"pc.fumbles");
        assertThat(Api.get("auditor", "api/v1/audit/entries?recordType=SIGN_IN_THROTTLE").body())
                .contains("\"action\":\"DELETE\"").contains("pc.fumbles from ").contains("cleared after 5 failed sign-ins");
    }

    @Test
    void theFormHoldsBackToo_andTheContainersOwnSignInAddressIsTurnedAway() {
        open("pc.formfumbles", "the-right-password-2");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(formSignIn("pc.formfumbles", "a-wrong-password").uri().getQuery()).isEqualTo("failed=true");
        }
        HttpResponse<String> held = formSignIn("pc.formfumbles", "the-right-password-2");
        assertThat(held.uri().getQuery()).startsWith("wait=");
        assertThat(held.body()).contains("Too many failed sign-ins").contains("No password was checked");

        HttpResponse<String> bypass = PageSession.anonymous().post("j_security_check",
                java.util.Map.of("j_username", "admin", "j_password", Api.demoPassword("admin")));
        assertThat(bypass.statusCode()).isEqualTo(404);

        clearMine("pc.formfumbles from ");
        assertThat(formSignIn("pc.formfumbles", "the-right-password-2").uri().getPath()).endsWith("/index.xhtml");
    }

    /** The throttle (a JSON object without nested objects) whose subject matches. */
    private static String throttle(String list, String subject) {
        Matcher found = Pattern.compile("\\{[^{}]*\"subject\":\"" + subject + "\"[^{}]*}").matcher(list);
        assertThat(found.find()).as(subject + " in " + list).isTrue();
        return found.group();
    }

    private static HttpResponse<String> formSignIn(String user, String password) {
        return PageSession.anonymous().post("sign-in", java.util.Map.of("j_username", user, "j_password", password));
    }

    private static void open(String username, String password) {
        HttpResponse<String> opened = Api.postJson("admin", "api/v1/accounts", """
                {"username":"%s","displayName":"PC Test","password":"%s","roles":["OFFICER"],"serviceAccount":false}"""
                .formatted(username, password));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    }

    /** Clears this test's throttle for its account at this address, and the address's count its failures added to. */
    private static void clearMine(String subjectStart) {
        Matcher found = SUBJECT.matcher(Api.get("admin", "api/v1/sign-in-throttles").body());
        while (found.find()) {
            if (found.group(2).startsWith(subjectStart) || found.group(1).equals("ADDRESS")) {
                HttpResponse<String> cleared = Api.request("DELETE", "admin", "api/v1/sign-in-throttles?kind="
                        + found.group(1) + "&subject=" + Api.encode(found.group(2)), "");
                assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
            }
        }
    }
}
