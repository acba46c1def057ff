package org.peelrms.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (17.5, binaries from Maven Central) run from a data folder, so that Peel
 * and its tests need nothing installed. The data folder survives a restart; the database is
 * called {@code peel}.
 *
 * <p>The embedding library starts PostgreSQL for tests: {@code -F} (fsync off) and
 * {@code synchronous_commit=off}, so a machine crash can corrupt the data folder and lose commits
 * already acknowledged. {@link Durability#DURABLE}, for the run command where people keep real data,
 * turns both back on (a later {@code -c fsync=on} overrides the library's {@code -F}).
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String DATABASE = "peel";
    public static final String USER = "postgres";

    /** Whether a commit survives a machine crash once acknowledged. */
    public enum Durability {
        /** fsync and synchronous commit on: for data someone keeps (the run command). */
        DURABLE,
        /** the embedding library's fast test settings: for throw-away databases (tests, benchmarks). */
        THROW_AWAY
    }

    private final EmbeddedPostgres postgres;
    private final Path dataFolder;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataFolder) {
        this.postgres = postgres;
        this.dataFolder = dataFolder;
    }

    /**
     * Starts PostgreSQL on the data folder, creating it (and the {@code peel} database) the first time.
     *
     * @param dataFolder where the database files live
     * @param port       the port to listen on on localhost, or 0 for any free port
     * @param durability whether acknowledged commits must survive a machine crash
     */
    public static EmbeddedDatabase start(Path dataFolder, int port, Durability durability) throws IOException {
        Files.createDirectories(dataFolder.getParent());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataFolder)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100");
        if (durability == Durability.DURABLE) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), dataFolder);
        database.createPeelDatabaseIfMissing();
        return database;
    }

    public int port() {
        return postgres.getPort();
    }

    /** A server setting as the running PostgreSQL reports it (SHOW), e.g. fsync: on. */
    public String setting(String name) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet value = statement.executeQuery("SHOW " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    private void createPeelDatabaseIfMissing() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IOException("Could not create the " + DATABASE + " database: " + e.getMessage(), e);
        }
    }

    /**
     * Kills the postmaster at once (SIGKILL), as a crash would; its backends end when they see it gone. For
     * crash drills: start the database again on the same folder to recover it.
     */
    public void kill() throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataFolder.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
