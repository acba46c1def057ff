package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail verification report: an intact chain is reported intact; an entry edited, or deleted,
 * by a database superuser going around the append-only triggers is named as the first broken link. Each
 * test puts back what it broke, so the chain is intact again for every other test.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @Test
    void anUntouchedChain_isIntact_andTheCheckIsItselfAudited() {
        HttpResponse<String> report = Api.get("auditor", "api/v1/audit/chain");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("\"intact\":true").doesNotContain("\"firstBreak\":{")
                .containsPattern("\"checked\":[1-9]\\d*").containsPattern("\"lastHash\":\"[0-9a-f]{64}\"");

        String log = Api.get("auditor", "api/v1/audit/entries?user=auditor&action=VERIFY&max=1").body();
        assertThat(log).contains("\"recordType\":\"AUDIT_CHAIN\"").contains("\"summary\":\"intact: ");
    }

    @Test
    void onlyAuditors_mayVerify() {
        assertThat(Api.get("officer", "api/v1/audit/chain").statusCode()).isEqualTo(403);
        assertThat(Api.get("admin", "api/v1/audit/chain").statusCode()).isEqualTo(403);
    }

    @Test
    void anEditedEntry_isNamedAsTheFirstBrokenLink() throws SQLException {
        Map<String, Object> entry = searchEntry("Chainedit");
        long id = (Long) entry.get("id");
        long position = (Long) entry.get("chain_position");
        try (Connection db = superuser()) {
            update(db, id, "surname=Someone Else Entirely");
            try {
                String report = Api.get("auditor", "api/v1/audit/chain").body();
                assertThat(report).contains("\"intact\":false").contains("\"problem\":\"CONTENT_CHANGED\"")
                        .contains("\"position\":" + position + ",").contains("\"entryId\":" + id + ",")
                        .contains("entry " + id + " has been changed since it was written");
            } finally {
                update(db, id, (String) entry.get("summary"));
            }
        }
        assertThat(Api.get("auditor", "api/v1/audit/chain").body()).contains("\"intact\":true");
    }

    @Test
    void aDeletedEntry_isNamedByItsPositionAsMissing() throws SQLException {
        Map<String, Object> entry = searchEntry("Chaindelete");
        searchEntry("Chainafter"); // so the deleted entry is not the newest (deleting the newest is caught at the head)
        long id = (Long) entry.get("id");
        long position = (Long) entry.get("chain_position");
        try (Connection db = superuser()) {
            asSuperuserAroundTheTriggers(db, "DELETE FROM audit.audit_entry WHERE id = " + id);
            try {
                String report = Api.get("auditor", "api/v1/audit/chain").body();
                assertThat(report).contains("\"intact\":false").contains("\"problem\":\"ENTRY_MISSING\"")
                        .contains("\"position\":" + position + ",")
                        .contains("the entry at position " + position + " is missing");
            } finally {
                putBack(db, entry);
            }
        }
        assertThat(Api.get("auditor", "api/v1/audit/chain").body()).contains("\"intact\":true");
    }

    /** Searches for a made-up name and returns the audit entry that search wrote, every column. */
    private static Map<String, Object> searchEntry(String surname) throws SQLException {
        assertThat(Api.get("officer", "api/v1/nominals?q=" + Api.encode("Zed " + surname)).statusCode()).isEqualTo(200);
        try (Connection db = superuser(); PreparedStatement select = db.prepareStatement(
                "SELECT * FROM audit.audit_entry WHERE summary = ? ORDER BY id DESC LIMIT 1")) {
            select.setString(1, "line=Zed " + surname);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("the search's audit entry").isTrue();
                ResultSetMetaData columns = row.getMetaData();
                Map<String, Object> entry = new LinkedHashMap<>();
                for (int c = 1; c <= columns.getColumnCount(); c++) {
                    entry.put(columns.getColumnName(c), row.getObject(c));
                }
                assertThat(entry.get("chain_position")).isNotNull();
                return entry;
            }
        }
    }

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection(ItDatabase.jdbcUrl(), "postgres", "postgres");
    }

    private static void update(Connection db, long id, String summary) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("SET session_replication_role = replica");
        }
        try (PreparedStatement update = db.prepareStatement("UPDATE audit.audit_entry SET summary = ? WHERE id = ?")) {
            update.setString(1, summary);
            update.setLong(2, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } finally {
            try (Statement sql = db.createStatement()) {
                sql.execute("SET session_replication_role = DEFAULT");
            }
        }
    }

    /** What a DBA could do: switch the session's triggers off (superuser only) and change the table. */
    private static void asSuperuserAroundTheTriggers(Connection db, String statement) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("SET session_replication_role = replica");
            try {
                assertThat(sql.executeUpdate(statement)).isEqualTo(1);
            } finally {
                sql.execute("SET session_replication_role = DEFAULT");
            }
        }
    }

    private static void putBack(Connection db, Map<String, Object> entry) throws SQLException {
        String columns = String.join(", ", entry.keySet());
        String marks = String.join(", ", entry.keySet().stream().map(c -> "?").toList());
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO audit.audit_entry (" + columns + ") VALUES (" + marks + ")")) {
            int i = 1;
            for (Object value : entry.values()) {
                insert.setObject(i++, value);
            }
            insert.executeUpdate();
        }
    }
}
