package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail verification report: an intact chain is reported intact, with the entries not yet
 * sealed counted; an entry edited, or deleted, or a tree head altered, by a database superuser going
 * around the append-only triggers is named as the first broken link. Entries written by many at once
 * all end sealed in one chain; while another node's sealer holds the lock they wait, counted, and are
 * sealed when it lets go. Each test puts back what it broke, so the chain is intact again for every
 * other test.
 *
 * <p>Data: the entries its own searches write, and whatever the log already holds (it only needs the chain intact
 * when it starts, and leaves it intact).
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {
    /** The sealer's advisory lock: the text "PeelAudt" as a number (ChainSealing.SEALER_LOCK). */
    private static final long SEALER_LOCK = 0x5065656C41756474L;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @Test
    void anUntouchedChain_isIntact_countsWhatIsNotYetSealed_andTheCheckIsItselfAudited() {
        String report = SealedChain.sealedUpToNow();
        assertThat(report).contains("\"intact\":true").doesNotContain("\"firstBreak\":{")
                .containsPattern("\"checked\":[1-9]\\d*").containsPattern("\"lastHash\":\"[0-9a-f]{64}\"")
                .containsPattern("\"unsealed\":\\d+")
                .containsPattern("\"newestTreeHead\":\\{.*\"merkleRoot\":\"[0-9a-f]{64}\"");

        String log = Api.get("auditor", "api/v1/audit/entries?user=auditor&action=VERIFY&max=1").body();
        assertThat(log).contains("\"recordType\":\"AUDIT_CHAIN\"").contains("\"summary\":\"intact: ")
                .contains("not yet sealed");
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

    @Test
    void anAlteredTreeHead_isNamed() throws SQLException {
        SealedChain.sealedUpToNow();
        try (Connection db = superuser(); Statement sql = db.createStatement();
                ResultSet newest = sql.executeQuery("SELECT batch, merkle_root FROM audit.audit_tree_head"
                        + " ORDER BY batch DESC LIMIT 1")) {
            assertThat(newest.next()).as("a tree head").isTrue();
            long batch = newest.getLong(1);
            String root = newest.getString(2);
            String forged = "UPDATE audit.audit_tree_head SET merkle_root = '%s' WHERE batch = " + batch;
            asSuperuserAroundTheTriggers(db, forged.formatted("f".repeat(64)));
            try {
                String report = Api.get("auditor", "api/v1/audit/chain").body();
                assertThat(report).contains("\"intact\":false").contains("\"problem\":\"TREE_HEAD_MISMATCH\"")
                        .contains("the tree head of sealing batch " + batch + " (positions ");
            } finally {
                asSuperuserAroundTheTriggers(db, forged.formatted(root));
            }
        }
        assertThat(Api.get("auditor", "api/v1/audit/chain").body()).contains("\"intact\":true");
    }

    /**
     * More clients at once than PeelDS has connections (30) and WildFly has request threads (32 on 2 cores): the
     * searches' entries go through the group commit (ADR 0056) on PeelAuditDS, so a request waiting for its entry,
     * holding a PeelDS connection, never keeps the write it waits for from a connection.
     */
    @Test
    void entriesWrittenByManyAtOnce_allEndSealed_inOneUnbrokenChain() throws Exception {
        int clients = 48;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String client = "" + (char) ('a' + c / 26) + (char) ('a' + c % 26);
                done.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < each; i++) {
                        if (Api.get("officer", "api/v1/nominals?q=" + Api.encode("Zed Manyatonce" + client
                                + (char) ('a' + i))).statusCode() == 200) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            for (Future<Integer> client : done) {
                assertThat(client.get()).as("searches answered").isEqualTo(each);
            }
        } finally {
            pool.shutdown();
        }

        String report = SealedChain.sealedUpToNow();
        assertThat(report).contains("\"intact\":true");
        try (Connection db = superuser(); Statement sql = db.createStatement();
                ResultSet counts = sql.executeQuery("SELECT count(*), count(chain_position), count(DISTINCT chain_position),"
                        + " count(DISTINCT appended) FROM audit.audit_entry WHERE summary LIKE 'line=Zed Manyatonce%'")) {
            assertThat(counts.next()).isTrue();
            assertThat(List.of(counts.getLong(1), counts.getLong(2), counts.getLong(3), counts.getLong(4)))
                    .as("entries; sealed; distinct positions; distinct insertion numbers")
                    .containsExactly((long) clients * each, (long) clients * each, (long) clients * each,
                            (long) clients * each);
        }
    }

    @Test
    void whileAnotherSealerHoldsTheLock_entriesWaitUnsealed_areCounted_andAreSealedWhenItLetsGo() throws SQLException {
        Map<String, Object> entry;
        try (Connection otherNode = superuser()) {
            sealerLock(otherNode, "pg_advisory_lock");
            try {
                search("Heldoff");
                entry = entryOf("Heldoff");
                assertThat(entry.get("chain_position")).as("not sealed while the lock is held elsewhere").isNull();
                assertThat(entry.get("appended")).as("its insertion number").isNotNull();

                String report = Api.get("auditor", "api/v1/audit/chain").body();
                assertThat(report).contains("\"intact\":true").containsPattern("\"oldestUnsealedAt\":\"[0-9-]+T")
                        .containsPattern("\"oldestUnsealedAgeMillis\":\\d+");
                assertThat(SealedChain.unsealed(report)).isPositive();

                try (Statement sql = otherNode.createStatement()) {
                    assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit.audit_entry SET chain_position = 999999999,"
                            + " previous_hash = repeat('0', 64), entry_hash = repeat('0', 64), sealed_at = now(),"
                            + " summary = 'sealed with other words' WHERE id = " + entry.get("id")))
                            .as("sealing that changes the content").hasMessageContaining("append-only");
                }
            } finally {
                sealerLock(otherNode, "pg_advisory_unlock");
            }
        }
        SealedChain.sealedUpToNow();
        assertThat(entryOf("Heldoff").get("chain_position")).as("sealed once the lock was let go").isNotNull();
        assertThat(Api.get("auditor", "api/v1/audit/chain").body()).contains("\"intact\":true");
    }

    /** Takes or lets go of the sealer's advisory lock (ADR 0029), as another node's sealer would hold it. */
    private static void sealerLock(Connection db, String function) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement("SELECT " + function + "(?)")) {
            lock.setLong(1, SEALER_LOCK);
            try (ResultSet done = lock.executeQuery()) {
                assertThat(done.next()).isTrue();
            }
        }
    }

    /** Searches for a made-up name and returns the audit entry that search wrote, every column, once sealed. */
    private static Map<String, Object> searchEntry(String surname) throws SQLException {
        search(surname);
        SealedChain.sealedUpToNow();
        Map<String, Object> entry = entryOf(surname);
        assertThat(entry.get("chain_position")).as("sealed").isNotNull();
        return entry;
    }

    private static void search(String surname) {
        assertThat(Api.get("officer", "api/v1/nominals?q=" + Api.encode("Zed " + surname)).statusCode()).isEqualTo(200);
    }

    /** The newest audit entry of a search for the made-up name, every column. */
    private static Map<String, Object> entryOf(String surname) throws SQLException {
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

    /** Puts a deleted entry back as it was, sealed (around the triggers: Peel itself only inserts unsealed ones). */
    private static void putBack(Connection db, Map<String, Object> entry) throws SQLException {
        String columns = String.join(", ", entry.keySet());
        String marks = String.join(", ", entry.keySet().stream().map(c -> "?").toList());
        try (Statement sql = db.createStatement()) {
            sql.execute("SET session_replication_role = replica");
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO audit.audit_entry (" + columns + ") VALUES (" + marks + ")")) {
            int i = 1;
            for (Object value : entry.values()) {
                insert.setObject(i++, value);
            }
            insert.executeUpdate();
        } finally {
            try (Statement sql = db.createStatement()) {
                sql.execute("SET session_replication_role = DEFAULT");
            }
        }
    }
}
