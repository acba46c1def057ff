package org.peelrms.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/** The sealer's statements (ChainSealing), every half second, until told to stop; then it drains and checks. */
final class StandInSealer implements Runnable {
    static final Duration SEAL_INTERVAL = Duration.ofMillis(500);
    static final int SEAL_BATCH = 1000;
    static final long SEALER_LOCK = 0x5065656C41756474L;

    private final String url;
    private final String synchronousCommit;
    private final AtomicBoolean stop;
    private long batches;
    private long largest;

    StandInSealer(String url, String synchronousCommit, AtomicBoolean stop) {
        this.url = url;
        this.synchronousCommit = synchronousCommit;
        this.stop = stop;
    }

    @Override
    public void run() {
        try (Connection db = AuditAppendBenchmark.connect(url, synchronousCommit)) {
            db.setAutoCommit(false);
            while (!stop.get()) {
                long began = System.nanoTime();
                while (!stop.get() && sealBatch(db) == SEAL_BATCH) {
                    // a backlog: carry on at once
                }
                long rest = SEAL_INTERVAL.toMillis() - (System.nanoTime() - began) / 1_000_000;
                if (rest > 0) {
                    Thread.sleep(rest);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int sealBatch(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            try (ResultSet lock = sql.executeQuery("SELECT pg_try_advisory_xact_lock(" + SEALER_LOCK + ")")) {
                lock.next();
                if (!lock.getBoolean(1)) {
                    db.rollback();
                    return 0;
                }
            }
            long position;
            String previous;
            long appended;
            try (ResultSet head = sql.executeQuery("SELECT last_position, last_hash, last_appended FROM"
                    + " audit.audit_chain_head WHERE id = 1 FOR UPDATE")) {
                head.next();
                position = head.getLong(1);
                previous = head.getString(2).strip();
                appended = head.getLong(3);
            }
            List<Object[]> unsealed = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT id, appended, occurred_at, summary FROM audit.audit_entry"
                    + " WHERE chain_position IS NULL AND appended IS NOT NULL ORDER BY appended LIMIT " + SEAL_BATCH)) {
                while (rows.next()) {
                    unsealed.add(new Object[] {rows.getLong(1), rows.getLong(2), rows.getTimestamp(3).toInstant(),
                            rows.getString(4)});
                }
            }
            if (unsealed.isEmpty()) {
                db.rollback();
                return 0;
            }
            List<Long> ids = unsealed.stream().map(row -> (Long) row[0]).toList();
            try (PreparedStatement read = db.prepareStatement("SELECT entry_id, position, record_id FROM"
                    + " audit.audit_entry_result WHERE entry_id = ANY (?) ORDER BY entry_id, position")) {
                read.setArray(1, db.createArrayOf("bigint", ids.toArray()));
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(3); // read, as the real sealer reads them for the hash
                    }
                }
            }
            long first = position + 1;
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement seal = db.prepareStatement("UPDATE audit.audit_entry SET chain_position = ?,"
                    + " previous_hash = ?, entry_hash = ?, sealed_at = ? WHERE id = ?")) {
                int pending = 0;
                for (Object[] row : unsealed) {
                    position++;
                    String hash = AuditAppendWriters.hash(position, previous, (Instant) row[2], (String) row[3]);
                    seal.setLong(1, position);
                    seal.setString(2, previous);
                    seal.setString(3, hash);
                    seal.setTimestamp(4, now);
                    seal.setLong(5, (Long) row[0]);
                    seal.addBatch();
                    if (++pending == 50) {
                        seal.executeBatch();
                        pending = 0;
                    }
                    previous = hash;
                    appended = Math.max(appended, (Long) row[1]);
                }
                seal.executeBatch();
            }
            try (PreparedStatement head = db.prepareStatement("UPDATE audit.audit_chain_head SET last_position = ?,"
                    + " last_hash = ?, last_appended = ? WHERE id = 1");
                    PreparedStatement tree = db.prepareStatement("INSERT INTO audit.audit_tree_head (first_position,"
                            + " last_position, entries, merkle_root, last_hash, sealed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                head.setLong(1, position);
                head.setString(2, previous);
                head.setLong(3, appended);
                head.executeUpdate();
                tree.setLong(1, first);
                tree.setLong(2, position);
                tree.setInt(3, unsealed.size());
                tree.setString(4, AuditAppendWriters.sha256(String.join("", ids.stream().map(String::valueOf).toList())));
                tree.setString(5, previous);
                tree.setTimestamp(6, now);
                tree.executeUpdate();
            }
            db.commit();
            batches++;
            largest = Math.max(largest, unsealed.size());
            return unsealed.size();
        }
    }

    /** After the writers stop: seals the rest, then checks every entry is sealed once and says how long sealing took. */
    String drainedAndChecked(Instant runStarted) throws SQLException {
        long began = System.nanoTime();
        try (Connection db = AuditAppendBenchmark.connect(url, synchronousCommit)) {
            long backlog;
            try (Statement sql = db.createStatement(); ResultSet count = sql.executeQuery("SELECT count(*) FROM"
                    + " audit.audit_entry WHERE chain_position IS NULL AND appended IS NOT NULL")) {
                count.next();
                backlog = count.getLong(1);
            }
            db.setAutoCommit(false);
            while (true) {
                int sealed = sealBatch(db);
                if (sealed == 0) {
                    break;
                }
            }
            double drained = (System.nanoTime() - began) / 1e9;
            db.setAutoCommit(true);
            String delay = "extract(epoch FROM sealed_at - occurred_at)) FILTER (WHERE occurred_at >= ?)";
            try (PreparedStatement query = db.prepareStatement("SELECT count(*), count(chain_position),"
                    + " count(DISTINCT chain_position), max(chain_position),"
                    + " percentile_cont(0.5) WITHIN GROUP (ORDER BY " + delay + ","
                    + " percentile_cont(0.99) WITHIN GROUP (ORDER BY " + delay + ","
                    + " max(" + delay + " FROM audit.audit_entry")) {
                for (int i = 1; i <= 3; i++) {
                    query.setTimestamp(i, Timestamp.from(runStarted));
                }
                ResultSet row = query.executeQuery();
                row.next();
                long all = row.getLong(1);
                if (all != row.getLong(2) || all != row.getLong(3) || all != row.getLong(4)) {
                    throw new IllegalStateException("not every entry sealed once in one chain: " + all + " entries, "
                            + row.getLong(2) + " sealed, " + row.getLong(3) + " positions, newest " + row.getLong(4));
                }
                return String.format(Locale.ROOT, "all %d entries in the database so far sealed in one chain of positions 1 to %d;"
                        + " %d batches, largest %d; delay from write to seal: median %.2f s, 99th percentile %.2f s,"
                        + " longest %.2f s; the %d entries still unsealed when the writers stopped took %.2f s"
                        + " to seal (%.0f a second)", all, all, batches, largest, row.getDouble(5), row.getDouble(6),
                        row.getDouble(7), backlog, drained, backlog / drained);
            }
        }
    }
}
