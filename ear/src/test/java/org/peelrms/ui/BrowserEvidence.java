package org.peelrms.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Keeps what each browser showed when it closed (a screenshot, the page source, the address and the
 * browser's console) and, when the test fails, writes it under {@code target/screenshots/failures/}
 * and names the files in the failure, so that a failing browser test explains itself in a CI log.
 *
 * <p>Browsers in a test are closed by try-with-resources before the failure reaches JUnit, so the
 * evidence is taken as each one closes ({@link Browser#close()}) and thrown away when the test passes.
 */
final class BrowserEvidence implements BeforeEachCallback, TestExecutionExceptionHandler, AfterEachCallback {
    private static final Path FOLDER = Path.of("target", "screenshots", "failures");
    private static final List<Browser.LastSight> SIGHTS = new ArrayList<>();

    static synchronized void keep(Browser.LastSight sight) {
        SIGHTS.add(sight);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        clear();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        List<Path> written = write(name);
        if (!written.isEmpty()) {
            failure.addSuppressed(new AssertionError("What the browser showed: " + written.stream()
                    .map(p -> p.toAbsolutePath().toString()).toList()));
        }
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        clear();
    }

    private static synchronized List<Path> write(String testName) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(FOLDER);
            for (int i = 0; i < SIGHTS.size(); i++) {
                Browser.LastSight sight = SIGHTS.get(i);
                String base = testName + "-browser" + (i + 1);
                if (sight.screenshot() != null) {
                    written.add(Files.write(FOLDER.resolve(base + ".png"), sight.screenshot()));
                }
                written.add(Files.writeString(FOLDER.resolve(base + ".html"),
                        "<!-- " + sight.address() + " -->\n" + sight.source(), StandardCharsets.UTF_8));
                written.add(Files.writeString(FOLDER.resolve(base + "-console.log"), sight.console(), StandardCharsets.UTF_8));
                System.err.println("[browser " + (i + 1) + " of " + testName + "] last at " + sight.address()
                        + "\n[browser console]\n" + sight.console());
            }
        } catch (IOException e) {
            System.err.println("Could not keep the browser's evidence: " + e);
        }
        return written;
    }

    private static synchronized void clear() {
        SIGHTS.clear();
    }
}
