package org.peelrms.audit.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * This node's group commit of the entries that stand alone (ADR 0056): a search, a view, an export, a
 * sign-in. A caller waits until its entry is committed, with those of the other requests that arrived
 * meanwhile; its own transaction, if any, stays open and untouched meanwhile.
 */
@ApplicationScoped
public class AuditAppender {
    /** At most this many group writes at once on this node (PeelAuditDS holds four connections). */
    public static final int WRITERS = 2;
    /** At most this many entries a transaction. */
    public static final int MOST = 200;

    @Inject
    private AppendedEntries entries;

    private GroupCommit<Supplier<AuditEntry>> group;

    @PostConstruct
    void start() {
        group = new GroupCommit<>(WRITERS, MOST, entries::insert);
    }

    public void append(Supplier<AuditEntry> entry) {
        group.append(entry);
    }
}
