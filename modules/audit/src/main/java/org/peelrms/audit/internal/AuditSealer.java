package org.peelrms.audit.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The audit sealer (ADR 0029): every half second, seals what has been written since, a batch at a time,
 * until nothing is left that may be sealed yet. Every node runs one; the advisory lock in
 * {@link ChainSealing} lets one seal at a time, and a node whose sealer finds the lock taken simply
 * waits for its next turn, so the sealing carries on as long as any node is up. A timer that is not
 * persistent and is set again after each run: runs never overlap, and nothing is left behind when the
 * node stops.
 *
 * <p>A run that fails (the database away, the schema not yet migrated at start-up) is tried again at
 * the next turn; a failure that lasts is logged.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealer {
    static final Duration INTERVAL = Duration.ofMillis(500);
    /** One run stops starting new batches after this long, so a backlog does not hold the timer. */
    static final Duration RUN_LIMIT = Duration.ofSeconds(5);
    /** A failure that lasts this long is logged (start-up, before the schema is migrated, is shorter). */
    static final Duration QUIET_FAILURE = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private ChainSealing sealing;

    private long failingSince;
    private String lastFailure;

    @PostConstruct
    void start() {
        next();
    }

    @Timeout
    void seal() {
        long started = System.nanoTime();
        try {
            ChainSealing.Sealed batch;
            do {
                batch = sealing.nextBatch();
            } while (batch.more() && System.nanoTime() - started < RUN_LIMIT.toNanos());
            failingSince = 0;
            lastFailure = null;
        } catch (RuntimeException e) {
            failed(e);
        } finally {
            next();
        }
    }

    private void failed(RuntimeException e) {
        long now = System.nanoTime();
        if (failingSince == 0) {
            failingSince = now;
        }
        String message = rootMessage(e);
        if (now - failingSince > QUIET_FAILURE.toNanos() && !message.equals(lastFailure)) {
            LOG.log(Level.WARNING, "The audit sealer cannot seal (it keeps trying every "
                    + INTERVAL.toMillis() + " ms): " + message, e);
            lastFailure = message;
        }
    }

    private void next() {
        timers.createSingleActionTimer(INTERVAL.toMillis(), new TimerConfig("audit-sealer", false));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
