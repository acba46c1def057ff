package org.peelrms.audit.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.Supplier;

/**
 * This node's group commit of the entries that stand alone (ADR 0056): a search, a view, an export, a
 * sign-in. The caller's transaction, if any, is set aside while it waits; its entry is committed, with those
 * of the other requests that arrived meanwhile, before it carries on.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class AuditAppender {
    /** At most this many group writes at once on this node (PeelAuditDS holds four connections). */
    public static final int WRITERS = 2;
    /** At most this many entries a transaction. */
    public static final int MOST = 200;

    @EJB
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
