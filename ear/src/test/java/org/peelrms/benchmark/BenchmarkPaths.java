package org.peelrms.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a benchmark that starts Peel finds what it needs and writes what it measures, from the system properties the
 * ear module's benchmark profiles set: the development data, the configured WildFly, the EAR, a work folder and
 * the report.
 */
record BenchmarkPaths(Path data, Path wildflyHome, Path ear, Path work, Path report) {

    static BenchmarkPaths fromSystemProperties(String defaultReport) {
        return new BenchmarkPaths(property("peel.namesearch.data", "../../shared/data/namesearch"),
                property("peel.wildfly.home", "../server-config/target/wildfly-39.0.1.Final"),
                property("peel.ear", "target/peel.ear"),
                property("peel.benchmark.work", "target/benchmark"),
                property("peel.benchmark.report", defaultReport));
    }

    /** What is missing to run (the data, the build), said as the fix; empty when nothing is. */
    Optional<String> missing() {
        return List.of(data, wildflyHome, ear).stream().filter(needed -> !Files.exists(needed)).findFirst()
                .map(needed -> "Missing: " + needed + " (build first: mvn install -DskipTests; data:"
                        + " -Dpeel.namesearch.data=...)");
    }

    private static Path property(String name, String otherwise) {
        return Path.of(System.getProperty(name, otherwise)).toAbsolutePath().normalize();
    }
}
