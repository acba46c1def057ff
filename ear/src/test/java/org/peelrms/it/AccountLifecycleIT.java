package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An account's life after it is opened (issue 16): disabled and enabled again, roles changed, a password reset by an
 * administrator and changed by its holder, closed for good when its holder leaves. Each change is on the audit trail
 * with its field change and reason, and ends the account's signed-in page sessions at their next click. The last
 * administrator cannot be removed, and an administrator cannot disable themselves.
 *
 * <p>Data: the accounts it opens for itself; the demo administrator.
 */
@ExtendWith(ArquillianExtension.class)
class AccountLifecycleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @Test
    void disablingAnAccount_refusesItsSignIn_endsItsSessions_andIsAudited_untilEnabledAgain() {
        open("pc.harding", "harding-first-password");
        PageSession page = PageSession.signIn("pc.harding", "harding-first-password");
        assertThat(page.get("index.xhtml").body()).contains("signed-in-user");

        assertThat(Api.postJson("admin", "api/v1/accounts/pc.harding/disable", "{}").body()).contains("Say why");
        HttpResponse<String> disabled = Api.postJson("admin", "api/v1/accounts/pc.harding/disable",
                "{\"reason\":\"Suspended pending inquiry\"}");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.body()).contains("\"enabled\":false").contains("\"left\":false");

        assertThat(Api.get("pc.harding", "harding-first-password", "api/v1/me").statusCode()).isEqualTo(401);
        HttpResponse<String> ended = page.get("index.xhtml");
        assertThat(ended.uri().toString()).endsWith("login.xhtml?ended=true");
        assertThat(ended.body()).contains("you have been signed out");
        assertThat(history("pc.harding")).contains("account disabled").contains("Suspended pending inquiry");
        assertThat(fieldChanges("pc.harding")).contains("enabled: yes -> no");

        assertThat(Api.postJson("admin", "api/v1/accounts/pc.harding/enable", "{\"reason\":\"Inquiry closed\"}")
                .statusCode()).isEqualTo(200);
        assertThat(Api.get("pc.harding", "harding-first-password", "api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void newRoles_andAResetPassword_takeEffectAtOnce_andEndTheOldSession() {
        open("pc.okafor", "okafor-first-password");
        PageSession page = PageSession.signIn("pc.okafor", "okafor-first-password");

        HttpResponse<String> roles = Api.putJson("admin", "api/v1/accounts/pc.okafor/roles",
                "{\"roles\":[\"INVESTIGATOR\",\"SUPERVISOR\"]}");
        assertThat(roles.statusCode()).as(roles.body()).isEqualTo(200);
        assertThat(Api.get("pc.okafor", "okafor-first-password", "api/v1/me").body())
                .contains("INVESTIGATOR").contains("SUPERVISOR").doesNotContain("\"OFFICER\"");
        assertThat(page.get("index.xhtml").uri().toString()).endsWith("login.xhtml?ended=true");
        assertThat(history("pc.okafor")).contains("roles changed");
        assertThat(fieldChanges("pc.okafor")).contains("roles: OFFICER -> INVESTIGATOR, SUPERVISOR");
        assertThat(Api.putJson("admin", "api/v1/accounts/pc.okafor/roles", "{\"roles\":[\"CONSTABLE\"]}").body())
                .contains("There is no role called CONSTABLE");

        assertThat(Api.putJson("admin", "api/v1/accounts/pc.okafor/password", "{\"password\":\"short\"}").body())
                .contains("at least 12 characters");
        assertThat(Api.putJson("admin", "api/v1/accounts/pc.okafor/password", "{\"password\":\"okafor-reset-password\"}")
                .statusCode()).isEqualTo(200);
        assertThat(Api.get("pc.okafor", "okafor-first-password", "api/v1/me").statusCode()).isEqualTo(401);
        assertThat(Api.get("pc.okafor", "okafor-reset-password", "api/v1/me").statusCode()).isEqualTo(200);
        assertThat(history("pc.okafor")).contains("password reset by an administrator").doesNotContain("okafor-reset-password");
    }

    @Test
    void aUserChangesTheirOwnPassword_givingTheCurrentOne_andTheirOtherSessionsEnd() {
        open("pc.nowak", "nowak-first-password");
        PageSession elsewhere = PageSession.signIn("pc.nowak", "nowak-first-password");

        HttpResponse<String> wrongCurrent = Api.requestAs("PUT", "pc.nowak", "nowak-first-password", "api/v1/me/password",
                "{\"currentPassword\":\"not-my-password\",\"newPassword\":\"nowak-second-password\"}");
        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains("the current password is not right");

        HttpResponse<String> changed = Api.requestAs("PUT", "pc.nowak", "nowak-first-password", "api/v1/me/password",
                "{\"currentPassword\":\"nowak-first-password\",\"newPassword\":\"nowak-second-password\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(Api.get("pc.nowak", "nowak-first-password", "api/v1/me").statusCode()).isEqualTo(401);
        assertThat(Api.get("pc.nowak", "nowak-second-password", "api/v1/me").statusCode()).isEqualTo(200);
        assertThat(elsewhere.get("index.xhtml").uri().toString()).endsWith("login.xhtml?ended=true");
        assertThat(history("pc.nowak")).contains("password changed by its holder");
    }

    @Test
    void aLeaversAccount_isClosedForGood_andItsUserNameIsNeverReused() {
        open("pc.leaver", "leaver-first-password");
        HttpResponse<String> left = Api.postJson("admin", "api/v1/accounts/pc.leaver/leaver", "{\"reason\":\"Retired 30/11/2026\"}");
        assertThat(left.statusCode()).as(left.body()).isEqualTo(200);
        assertThat(left.body()).contains("\"enabled\":false").contains("\"left\":true");
        assertThat(Api.get("pc.leaver", "leaver-first-password", "api/v1/me").statusCode()).isEqualTo(401);

        HttpResponse<String> enable = Api.postJson("admin", "api/v1/accounts/pc.leaver/enable", "{\"reason\":\"Came back\"}");
        assertThat(enable.statusCode()).isEqualTo(409);
        assertThat(enable.body()).contains("belongs to a leaver and is closed for good");
        assertThat(Api.postJson("admin", "api/v1/accounts", accountJson("pc.leaver", "someone-else-password")).body())
                .contains("already taken");
        assertThat(history("pc.leaver")).contains("account closed: a leaver").contains("Retired 30/11/2026");
    }

    @Test
    void theLastAdministrator_cannotLoseTheRole_andNobodyDisablesThemselves() {
        HttpResponse<String> self = Api.postJson("admin", "api/v1/accounts/admin/disable", "{\"reason\":\"Testing\"}");
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(self.body()).contains("cannot disable your own account");

        HttpResponse<String> lastAdmin = Api.putJson("admin", "api/v1/accounts/admin/roles", "{\"roles\":[\"OFFICER\"]}");
        assertThat(lastAdmin.statusCode()).isEqualTo(409);
        assertThat(lastAdmin.body()).contains("the last enabled administrator");
        assertThat(Api.get("admin", "api/v1/me").body()).contains("ADMIN");

        assertThat(Api.postJson("officer", "api/v1/accounts/investigator/disable", "{\"reason\":\"x\"}").statusCode())
                .isEqualTo(403);
        assertThat(Api.postJson("admin", "api/v1/accounts/no.such.user/disable", "{\"reason\":\"x\"}").statusCode())
                .isEqualTo(400);
    }

    private static void open(String username, String password) {
        HttpResponse<String> opened = Api.postJson("admin", "api/v1/accounts", accountJson(username, password));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    }

    private static String accountJson(String username, String password) {
        return """
                {"username":"%s","displayName":"PC Test","password":"%s","roles":["OFFICER"],"serviceAccount":false}"""
                .formatted(username, password);
    }

    /** The field changes kept with the account's entries, as "field: old -> new", read from the database. */
    private static List<String> fieldChanges(String username) {
        List<String> changes = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(ItDatabase.jdbcUrl(), "postgres", "postgres");
                PreparedStatement query = db.prepareStatement("SELECT c.field, c.old_value, c.new_value FROM audit.audit_change c"
                        + " JOIN audit.audit_entry e ON e.id = c.entry_id WHERE e.record_type = 'ACCOUNT' AND e.record_id = ?"
                        + " ORDER BY e.id, c.line")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.add(rows.getString(1) + ": " + rows.getString(2) + " -> " + rows.getString(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return changes;
    }

    /** The account's entries on the audit trail. */
    private static String history(String username) {
        HttpResponse<String> entries = Api.get("auditor", "api/v1/audit/entries?recordType=ACCOUNT&recordId=" + username);
        assertThat(entries.statusCode()).isEqualTo(200);
        return entries.body();
    }
}
