package org.peelrms.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.peelrms.server.EmbeddedDatabase;

/**
 * Starts a fresh real PostgreSQL (and an empty search index folder) for the integration tests
 * before any test runs (and so before Arquillian starts WildFly), and stops it when the test run ends. Only where the build asks for it
 * (failsafe sets peel.it.db.folder); unit test runs start nothing.
 */
public class ItDatabase implements LauncherSessionListener {
    private static ItDatabase current;
    private EmbeddedDatabase database;
    private Path folder;
    private int port;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // Only failsafe sets the folder: a -Dpeel.it.db.port given to Maven reaches the unit tests' JVM too.
        String folderName = System.getProperty("peel.it.db.folder");
        String port = System.getProperty("peel.it.db.port");
        if (folderName == null || port == null || database != null) {
            return;
        }
        this.folder = Path.of(folderName);
        this.port = Integer.parseInt(port);
        try {
            deleteTree(folder);
            deleteTree(Path.of(System.getProperty("peel.it.index.folder")));
            database = EmbeddedDatabase.start(folder, this.port, EmbeddedDatabase.Durability.THROW_AWAY);
            current = this;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the test database on port " + port
                    + " (is something else using it? set -Dpeel.it.db.port)", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Stops the test database (a clean shutdown, as when PostgreSQL is restarted: open connections are ended), runs the
     * check while it is down, and starts it again on the same files, whatever the check did.
     */
    public static void whileStopped(Runnable check) {
        if (current == null) {
            throw new IllegalStateException("No test database was started by this run");
        }
        try {
            current.database.close();
            try {
                check.run();
            } finally {
                current.database = EmbeddedDatabase.start(current.folder, current.port, EmbeddedDatabase.Durability.THROW_AWAY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test database, for tests that look at or (as its superuser, postgres/postgres) tamper with it. */
    public static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + System.getProperty("peel.it.db.port") + "/" + EmbeddedDatabase.DATABASE;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }
}
