package org.peelrms.staff.api;

import java.util.List;
import java.util.OptionalInt;

/**
 * Peel's own guard on sign-in (issue 16, ADR 0033), asked by the sign-in page and by every HTTP Basic call of the
 * REST API around the password check that WildFly's realm makes. Failed sign-ins are counted three ways, for one
 * account from one address, for one address whatever the account, and for one account from anywhere, and each
 * way backs off: after a few failures no password is checked for a while, and the wait doubles with each further
 * failure, up to a ceiling. Nothing locks: the account-wide wait is at most a minute, so a stranger who knows a
 * user name can slow its holder down but never shut them out. Waiting attempts are refused without a password
 * check and do not lengthen the wait.
 */
public interface SignIns {

    /** Whether a password may be checked now for this user name from this address, and if not for how long. */
    SignInTurn turn(String username, String address);

    /**
     * A password was refused, or no open account has this user name: the failure is counted and put on the audit
     * trail. When there is no open account, a password hash is worked out all the same, so that an unknown user
     * name is answered in the time a known one takes and user names cannot be found by timing.
     */
    void refused(String username, String password, String address);

    /** The user signed in: their failures (for the account, and for it from this address) are forgotten. */
    void signedIn(String username, String address);

    /**
     * A signed-in session began (the first page after signing in to the pages, or an API session opened): it is put
     * on the audit trail as a sign-in. The one home of sign-in and sign-out auditing (ADR 0052).
     */
    void sessionBegun(String username, String address);

    /** The user signed out (the pages' sign-out, or an API session closed): put on the audit trail. */
    void signedOut(String username, String address);

    /**
     * The account's access version: it goes up whenever what the account may do changes (disabled, left, roles,
     * password). Empty when the account may not sign in now. A signed-in session of an older version is ended.
     */
    OptionalInt access(String username);

    /** The throttles in force or remembered (failures within the last hour), the most recent first. Administrators. */
    List<SignInThrottle> throttles();

    /** Forgets one throttle's failures, so its next attempt is checked at once. Administrators; audited. */
    void clear(String kind, String subject);
}
