package org.peelrms.audit.api;

/**
 * Writes the audit log. Entries are append-only: there is no way to change or remove one, here or
 * in the database (a trigger refuses it).
 *
 * <p>An entry is written in the caller's transaction when there is one, so a change and its entry
 * commit or roll back together; otherwise in a transaction of its own.
 */
public interface AuditTrail {

    /** Records an event by the signed-in user. */
    void record(AuditEvent event);

    /** Records a successful sign-in. */
    void recordSignIn(String username, String clientAddress);

    /** Records a refused sign-in with the user name that was tried. */
    void recordFailedSignIn(String attemptedUsername, String clientAddress);

    /** Records a sign-out. */
    void recordSignOut(String username, String clientAddress);
}
