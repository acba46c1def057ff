package org.peelrms.audit.api;

/**
 * The audit trail verification report, for auditors only: walks the whole hash chain in order and
 * says whether it is intact, or where it is first broken. Each verification is itself put on the log.
 */
public interface AuditChain {

    /** Checks every chained entry, from the first to the newest at the moment the check starts. */
    ChainReport verify();
}
