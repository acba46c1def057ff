package org.peelrms.nominal.internal.jobs;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Background jobs (imports, index rebuilds) whose server died are ended as FAILED with the reason, never
 * left RUNNING for ever. Every minute (the first within a minute of start-up, once the schemas are
 * migrated): the jobs this server had started before it last started or whose thread here has ended without
 * recording how (the database was out of reach: {@link JobsRunningHere}), and any node's job that has made
 * no progress for {@link #SILENCE} (its server gone for good). A job makes progress every batch of 1,000
 * rows or documents, so a live one is never that quiet; the duplicate finder, whose reading and preparing of a
 * million people shows no progress for over a minute, marks itself alive every minute meanwhile ({@link JobLedger#alive},
 * ADR 0055).
 */
@Singleton
public class OrphanedJobs {
    /** This server, as jobs record it: WildFly's node name (the host name unless set). */
    static final String THIS_NODE = System.getProperty("jboss.node.name", "peel");
    static final Duration SILENCE = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(OrphanedJobs.class.getName());

    @EJB
    private JobLedger ledger;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        OffsetDateTime started = ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH)
                .atOffset(ZoneOffset.UTC);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            int ended = ledger.abandonOrphans(THIS_NODE, started, now.minus(SILENCE));
            if (ended > 0) {
                LOG.warning(ended + " background job(s) left running by a server that stopped were ended as FAILED");
            }
        } catch (RuntimeException e) {
            // At start-up the schema may not be migrated yet: the next minute looks again.
            LOG.info("Orphaned background jobs not looked for this minute: " + e);
        }
    }
}
