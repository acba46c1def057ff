package org.peelrms.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.peelrms.audit.internal.AuditAppender;
import org.peelrms.audit.internal.GroupCommit;
import org.peelrms.server.EmbeddedDatabase;

/**
 * How {@link AuditAppendBenchmark}'s writers append a search's entry (with three result ids): the statements of
 * the old chain-head lock (ADR 0017), of an unsealed insert (ADR 0029) and of the group commit (ADR 0056), and
 * the ids and hashes they take.
 */
final class AuditAppendWriters {
    private AuditAppendWriters() {
    }

    /** Entry ids from the entry sequence, fifty at a time, as Hibernate's pooled generator takes them. */
    static final class Ids implements AutoCloseable {
        private final Connection db;
        private final PreparedStatement nextBlock;
        private long next;
        private long end;

        Ids(String url, String schema) throws SQLException {
            this.db = DriverManager.getConnection(url, EmbeddedDatabase.USER, "");
            this.nextBlock = db.prepareStatement("SELECT nextval('" + schema + ".audit_entry_seq')");
        }

        synchronized long next() throws SQLException {
            if (next >= end) {
                try (ResultSet value = nextBlock.executeQuery()) {
                    value.next();
                    next = value.getLong(1);
                    end = next + 50;
                }
            }
            return next++;
        }

        @Override
        public void close() throws SQLException {
            db.close();
        }
    }

    interface Writer {
        void append(long id, String summary) throws SQLException;
    }

    /** The entry as Peel writes it: a search with three result ids. */
    abstract static class EntryWriter implements Writer {
        final Connection db;
        final PreparedStatement results;

        EntryWriter(Connection db, String schema) throws SQLException {
            this.db = db;
            db.setAutoCommit(false);
            this.results = db.prepareStatement(results(schema));
        }

        static String results(String schema) {
            return "INSERT INTO " + schema + ".audit_entry_result (entry_id, position, record_id) VALUES (?, ?, ?)";
        }

        static void bindEntry(PreparedStatement insert, long id, Instant at, String summary) throws SQLException {
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.setString(3, "officer");
            insert.setString(4, "SEARCH");
            insert.setString(5, "PERSON");
            insert.setString(6, summary);
            insert.setInt(7, 3);
        }

        void results(long id) throws SQLException {
            addResults(results, id);
            results.executeBatch();
        }

        static void addResults(PreparedStatement results, long id) throws SQLException {
            for (int position = 0; position < 3; position++) {
                results.setLong(1, id);
                results.setInt(2, position);
                results.setString(3, String.valueOf(1000 + position));
                results.addBatch();
            }
        }
    }

    /** ADR 0017: lock the head, insert the entry sealed, move the head on, commit. */
    static final class LockingWriter extends EntryWriter {
        private final PreparedStatement head;
        private final PreparedStatement insert;
        private final PreparedStatement advance;

        LockingWriter(Connection db, String schema) throws SQLException {
            super(db, schema);
            head = db.prepareStatement("SELECT last_position, last_hash FROM " + schema + ".audit_chain_head WHERE id = 1"
                    + " FOR UPDATE");
            insert = db.prepareStatement("INSERT INTO " + schema + ".audit_entry (id, occurred_at, username, action,"
                    + " record_type, summary, result_count, chain_position, previous_hash, entry_hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            advance = db.prepareStatement("UPDATE " + schema + ".audit_chain_head SET last_position = ?, last_hash = ?"
                    + " WHERE id = 1");
        }

        @Override
        public void append(long id, String summary) throws SQLException {
            Instant at = Instant.now();
            long position;
            String previous;
            try (ResultSet row = head.executeQuery()) {
                row.next();
                position = row.getLong(1) + 1;
                previous = row.getString(2);
            }
            String hash = hash(position, previous, at, summary);
            bindEntry(insert, id, at, summary);
            insert.setLong(8, position);
            insert.setString(9, previous);
            insert.setString(10, hash);
            insert.executeUpdate();
            results(id);
            advance.setLong(1, position);
            advance.setString(2, hash);
            advance.executeUpdate();
            db.commit();
        }
    }

    /** ADR 0029: insert the entry unsealed, commit; no shared row is touched. */
    static final class UnsealedWriter extends EntryWriter {
        private final PreparedStatement insert;

        UnsealedWriter(Connection db, String schema) throws SQLException {
            super(db, schema);
            insert = db.prepareStatement(insert(schema));
        }

        static String insert(String schema) {
            return "INSERT INTO " + schema + ".audit_entry (id, occurred_at, username, action, record_type, summary,"
                    + " result_count) VALUES (?, ?, ?, ?, ?, ?, ?)";
        }

        @Override
        public void append(long id, String summary) throws SQLException {
            bindEntry(insert, id, Instant.now(), summary);
            insert.executeUpdate();
            results(id);
            db.commit();
        }
    }

    /**
     * ADR 0056: every writer hands its entry to one {@link GroupCommit}, Peel's own, whose write inserts the entries
     * that arrived meanwhile unsealed, then their result ids, each in one JDBC batch sent as multi-row inserts, and
     * commits once, on one of the appender's {@link AuditAppender#WRITERS} connections (Peel's {@code PeelAuditDS});
     * a writer carries on when its entry is committed.
     */
    static final class GroupedWriter implements Writer, AutoCloseable {
        private final GroupCommit<Object[]> group;
        private final BlockingQueue<Connection> connections = new ArrayBlockingQueue<>(AuditAppender.WRITERS);
        private final String schema;

        GroupedWriter(String url, String synchronousCommit, String schema) throws SQLException {
            this.schema = schema;
            for (int i = 0; i < AuditAppender.WRITERS; i++) {
                Connection db = AuditAppendBenchmark.connect(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true",
                        synchronousCommit);
                db.setAutoCommit(false);
                connections.add(db);
            }
            group = new GroupCommit<>(AuditAppender.WRITERS, AuditAppender.MOST, this::write);
        }

        @Override
        public void append(long id, String summary) {
            group.append(new Object[] {id, Instant.now(), summary});
        }

        private void write(List<Object[]> entries) {
            Connection db = connections.remove();
            try (PreparedStatement insert = db.prepareStatement(UnsealedWriter.insert(schema));
                    PreparedStatement results = db.prepareStatement(EntryWriter.results(schema))) {
                for (Object[] entry : entries) {
                    EntryWriter.bindEntry(insert, (Long) entry[0], (Instant) entry[1], (String) entry[2]);
                    insert.addBatch();
                }
                insert.executeBatch();
                for (Object[] entry : entries) {
                    EntryWriter.addResults(results, (Long) entry[0]);
                }
                results.executeBatch();
                db.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                connections.add(db);
            }
        }

        @Override
        public void close() throws SQLException {
            for (Connection db : connections) {
                db.close();
            }
        }
    }


    /** What the hashing costs: SHA-256 over a canonical text of the same size as EntryHash's. */
    static String hash(long position, String previous, Instant at, String summary) {
        return sha256("v1|" + position + "|" + previous + "|" + at + "|officer|SEARCH|PERSON|~|" + summary
                + "|~|3|~|0|results|3|1000|1001|1002|");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
