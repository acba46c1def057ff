package org.peelrms.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The run command: starts the embedded PostgreSQL (unless PEEL_DB_URL points at another one),
 * starts the configured WildFly with Peel deployed and demo data switched on, prints where to go
 * and how to sign in, and stops everything on Ctrl-C.
 *
 * <p>Arguments: {@code <wildfly home> <peel.ear> <data folder>}.
 */
public final class RunPeel {
    private static final String DEMO_ACCOUNTS = """
              user name      password                  role
              officer        peel-demo-officer         OFFICER
              custody        peel-demo-custody         CUSTODY_OFFICER
              investigator   peel-demo-investigator    INVESTIGATOR
              supervisor     peel-demo-supervisor      SUPERVISOR
              auditor        peel-demo-auditor         AUDITOR
              admin          peel-demo-admin           ADMIN
              evaluator      peel-demo-evaluator-service-account   READ_ONLY (service account: search and read people)
            """;

    private RunPeel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: RunPeel <wildfly home> <peel.ear> <data folder>");
            System.exit(2);
        }
        Path wildflyHome = Path.of(args[0]).toAbsolutePath();
        Path ear = Path.of(args[1]).toAbsolutePath();
        Path data = Path.of(args[2]).toAbsolutePath();

        Map<String, String> properties = new LinkedHashMap<>();
        properties.putAll(DemoProperties.of());
        properties.put("peel.index.directory", data.resolve("index").toString());

        EmbeddedDatabase database = externalDatabase() ? null : startDatabase(data, properties);
        WildFlyServer server = new WildFlyServer(wildflyHome, data.resolve("server"));
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            stop(server, database);
        }, "peel-stop"));

        say("Starting WildFly with Peel (the first run also generates the demo data; it takes a minute or two)...");
        say("  server log: " + data.resolve("server/log/server.log"));
        server.start(ear, properties);
        try {
            server.awaitReady(Duration.ofMinutes(15));
        } catch (IllegalStateException e) {
            say("Peel did not start: " + e.getMessage());
            System.exit(1);
        }
        say("""

                Peel is running:  http://localhost:8080/peel/
                REST API:         http://localhost:8080/peel/api/v1/  (HTTP Basic)
                Health, metrics:  http://localhost:9990/health   http://localhost:9990/metrics
                Data folder:      %s

                Demo sign-ins:
                %s
                Press Ctrl-C to stop Peel, WildFly and the database.""".formatted(data, DEMO_ACCOUNTS));
        int exit = server.waitForExit();
        if (!stopping.get()) {
            say("WildFly stopped by itself (exit code " + exit + "); see " + data.resolve("server/log/server.log"));
            System.exit(exit);
        }
    }

    private static boolean externalDatabase() {
        String url = System.getenv("PEEL_DB_URL");
        if (url != null && !url.isBlank()) {
            say("Using the PostgreSQL database at " + url + " (PEEL_DB_URL)");
            return true;
        }
        return false;
    }

    private static EmbeddedDatabase startDatabase(Path data, Map<String, String> properties) throws IOException {
        Path folder = data.resolve("postgres");
        say("Starting the embedded PostgreSQL, data in " + folder);
        EmbeddedDatabase database = EmbeddedDatabase.start(folder, 0, EmbeddedDatabase.Durability.DURABLE);
        properties.put("peel.db.url", database.jdbcUrl());
        properties.put("peel.db.user", EmbeddedDatabase.USER);
        properties.put("peel.db.password", EmbeddedDatabase.USER);
        return database;
    }

    private static void stop(WildFlyServer server, EmbeddedDatabase database) {
        say("Stopping Peel...");
        server.stop();
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                say("The database did not stop cleanly: " + e.getMessage());
            }
        }
        say("Stopped.");
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
