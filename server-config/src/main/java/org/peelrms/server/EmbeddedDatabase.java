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
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String DATABASE = "peel";
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on the data folder, creating it (and the {@code peel} database) the first time.
     *
     * @param dataFolder where the database files live
     * @param port       the port to listen on on localhost, or 0 for any free port
     */
    public static EmbeddedDatabase start(Path dataFolder, int port) throws IOException {
        Files.createDirectories(dataFolder.getParent());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataFolder)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
        database.createPeelDatabaseIfMissing();
        return database;
    }

    public int port() {
        return postgres.getPort();
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

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
