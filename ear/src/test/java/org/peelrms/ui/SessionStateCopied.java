package org.peelrms.ui;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After each browser test class, fails if WildFly could not copy a session's state since the last check: a
 * page keeping something that cannot be serialized (ISPN000559, "NotSerializableException"). A cluster copies
 * every session to another node, and even one node writes its sessions out when Peel is undeployed, so such a
 * page loses its state when its node dies (ADR 0038). The check reads WildFly's log from where the previous
 * check stopped; a class's own sessions are written out when Arquillian undeploys it, after this check, so the
 * next browser class's check reports them.
 */
final class SessionStateCopied implements BeforeAllCallback, AfterAllCallback {
    private static final List<String> SIGNS = List.of("ISPN000559", "NotSerializableException");
    private static long checkedUpTo = -1;

    /** The first browser class starts the watch where the log stands (the log of earlier runs is kept). */
    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        synchronized (SessionStateCopied.class) {
            if (checkedUpTo < 0) {
                checkedUpTo = Files.size(log());
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        String added = addedSinceLastCheck(log());
        List<String> failures = added.lines().filter(line -> SIGNS.stream().anyMatch(line::contains)).toList();
        if (!failures.isEmpty()) {
            throw new AssertionError("WildFly could not copy a session's state (a page keeps something that cannot"
                    + " be serialized):\n" + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
        }
    }

    private static Path log() {
        Path log = Path.of(System.getProperty("peel.wildfly.home"), "standalone", "log", "server.log");
        if (!Files.exists(log)) {
            throw new AssertionError("WildFly's log is not at " + log);
        }
        return log;
    }

    /** The log written since the previous check (from its start if it was rotated meanwhile). */
    private static synchronized String addedSinceLastCheck(Path log) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long end = file.length();
            long from = checkedUpTo > end ? 0 : checkedUpTo;
            byte[] bytes = new byte[(int) (end - from)];
            file.seek(from);
            file.readFully(bytes);
            checkedUpTo = end;
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
