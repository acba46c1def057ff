package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Waits for the audit sealer as an auditor sees it: runs the chain verification (GET /api/v1/audit/chain)
 * until no entry written before a given moment is still unsealed, or fails at the deadline. Each check
 * writes a VERIFY entry of its own, after that moment, which does not count.
 */
final class SealedChain {
    /** The sealer's target is two seconds; this leaves room for a loaded test machine. */
    static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final Pattern UNSEALED = Pattern.compile("\"unsealed\":(\\d+)");
    private static final Pattern OLDEST = Pattern.compile("\"oldestUnsealedAt\":\"([^\"]+)\"");

    private SealedChain() {
    }

    /** The chain report once everything written before now is sealed. */
    static String sealedUpToNow() {
        return sealedUpTo(Instant.now());
    }

    /** The chain report once everything written before {@code writtenBefore} is sealed. */
    static String sealedUpTo(Instant writtenBefore) {
        return sealedUpTo(() -> Api.get("auditor", "api/v1/audit/chain").body(), writtenBefore);
    }

    /** The same, from the chain report the given call fetches (e.g. through a cluster's load balancer). */
    static String sealedUpTo(Supplier<String> chainReport, Instant writtenBefore) {
        Instant deadline = Instant.now().plus(DEADLINE);
        String report;
        do {
            report = chainReport.get();
            if (allSealedBefore(report, writtenBefore)) {
                return report;
            }
            pause();
        } while (Instant.now().isBefore(deadline));
        assertThat(allSealedBefore(report, writtenBefore))
                .as("every entry written before %s sealed within %s; the last report: %s", writtenBefore, DEADLINE, report)
                .isTrue();
        return report;
    }

    /** How many entries the report counts as not yet sealed. */
    static long unsealed(String report) {
        Matcher unsealed = UNSEALED.matcher(report);
        assertThat(unsealed.find()).as("the report counts the unsealed entries: %s", report).isTrue();
        return Long.parseLong(unsealed.group(1));
    }

    private static boolean allSealedBefore(String report, Instant writtenBefore) {
        if (unsealed(report) == 0) {
            return true;
        }
        Matcher oldest = OLDEST.matcher(report);
        return oldest.find() && !OffsetDateTime.parse(oldest.group(1)).toInstant().isBefore(writtenBefore);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
