package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What officers do is on the audit log for the auditor to see, and the log cannot be rewritten: the
 * database refuses every change but the sealer's one sealing of an unsealed entry.
 *
 * <p>Data: the searches it makes itself; the demo people named Smith (present in every demo population) for a search
 * that finds someone.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @Test
    void aSearch_isLoggedWithItsCriteriaUserAndResultCount() {
        HttpResponse<String> search = Api.get("investigator", "api/v1/nominals?q=" + Api.encode("Zyxwvut Qqqq"));
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).isEqualTo("{\"results\":[]}");

        HttpResponse<String> log = Api.get("auditor", "api/v1/audit/entries?user=investigator&action=SEARCH&recordType=PERSON");
        assertThat(log.body()).contains("\"summary\":\"line=Zyxwvut Qqqq\"").contains("\"resultCount\":0");
    }

    @Test
    void viewingAPerson_isLogged_andAMissingPersonIs404() {
        HttpResponse<String> found = Api.get("officer", "api/v1/nominals?q=smith&limit=1");
        assertThat(found.body()).contains("\"id\":");
        String id = found.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");

        assertThat(Api.get("officer", "api/v1/nominals/" + id).statusCode()).isEqualTo(200);
        assertThat(Api.get("officer", "api/v1/nominals/999999999").statusCode()).isEqualTo(404);

        HttpResponse<String> log = Api.get("auditor", "api/v1/audit/entries?user=officer&action=VIEW&recordId=" + id);
        assertThat(log.body()).contains("\"recordType\":\"PERSON\"").contains("\"recordId\":\"" + id + "\"");
    }

    @Test
    void theDemoData_isOnTheLogUnderTheStartUpsName() {
        HttpResponse<String> log = Api.get("auditor", "api/v1/audit/entries?user=peel-system&action=CREATE&max=1");
        assertThat(log.body()).contains("\"username\":\"peel-system\"").doesNotContainPattern("\"total\":0[,}]");
    }

    /** Demo records are written through the modules' APIs as the demo users who would have written them (ADR 0051). */
    @Test
    void theDemoRecords_areOnTheLogUnderTheDemoUsersNames_notTheStartUps() {
        for (String type : new String[] {"CRIME_REPORT", "CRIME", "MISSING_PERSON_CASE"}) {
            assertThat(Api.get("auditor", "api/v1/audit/entries?user=peel-system&action=CREATE&recordType=" + type
                    + "&max=1").body()).as(type).containsPattern("\"total\":0[,}]");
            assertThat(Api.get("auditor", "api/v1/audit/entries?user=officer&action=CREATE&recordType=" + type
                    + "&max=1").body()).as(type).contains("\"username\":\"officer\"").doesNotContainPattern("\"total\":0[,}]");
        }
        assertThat(Api.get("auditor", "api/v1/audit/entries?user=supervisor&action=CHANGE&recordType=MISSING_PERSON_CASE"
                + "&max=1").body()).contains("\"username\":\"supervisor\"");
    }

    @Test
    void theAuditorsOwnSearches_areLoggedToo() {
        Api.get("auditor", "api/v1/audit/entries?user=nobody-in-particular");
        HttpResponse<String> log = Api.get("auditor", "api/v1/audit/entries?user=auditor&recordType=AUDIT_LOG");
        assertThat(log.body()).contains("user=nobody-in-particular");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() throws SQLException {
        Api.get("officer", "api/v1/me");
        HttpResponse<String> report = Api.postJson("officer", "api/v1/crime/reports", """
                {"method":"IN_PERSON","whatHappened":"A wallet handed in.","location":"Preston",
                 "looksLikeCrime":false,"domesticAbuse":false}""");
        assertThat(report.statusCode()).as("a report, whose entry has field changes").isEqualTo(201);
        try (Connection db = DriverManager.getConnection(ItDatabase.jdbcUrl(), "postgres", "postgres");
                Statement sql = db.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit.audit_entry SET username = 'someone-else'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit.audit_entry"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("TRUNCATE audit.audit_entry CASCADE"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit.audit_change SET new_value = 'something else'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit.audit_change"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit.audit_chain_head"))
                    .hasMessageContaining("append-only");
            // The sealer's one UPDATE (ADR 0029) is allowed once: a sealed entry cannot be sealed again...
            SealedChain.sealedUpToNow();
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit.audit_entry SET chain_position = chain_position + 1000000"
                    + " WHERE chain_position IS NOT NULL")).hasMessageContaining("append-only");
            // ...and no one inserts an entry sealed already.
            assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO audit.audit_entry (id, occurred_at, username, action,"
                    + " record_type, chain_position, previous_hash, entry_hash, sealed_at) VALUES (-1, now(), 'someone',"
                    + " 'VIEW', 'PERSON', 999999999, repeat('0', 64), repeat('0', 64), now())"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit.audit_tree_head"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("TRUNCATE audit.audit_tree_head"))
                    .hasMessageContaining("append-only");
        }
    }
}
