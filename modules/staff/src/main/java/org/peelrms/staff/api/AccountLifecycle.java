package org.peelrms.staff.api;

import java.util.Set;

/**
 * What happens to an account after it is opened: disabled and enabled again, a leaver's account closed for good,
 * a password reset by an administrator or changed by its holder, roles changed. Every change is on the audit
 * trail with its field changes (never a password), and ends the account's signed-in sessions (within half a
 * minute; the holder's own session survives their own password change). The last enabled administrator cannot
 * be disabled, closed or lose the role, and an administrator cannot disable or close their own account.
 *
 * @see SignIns#access(String)
 */
public interface AccountLifecycle {

    /** Stops the account signing in until enabled again. */
    Account disable(String username, String reason);

    /** Lets a disabled account sign in again (not a leaver's). */
    Account enable(String username, String reason);

    /** Closes a leaver's account for good: it cannot sign in or be enabled, and its user name is never reused. */
    Account leave(String username, String reason);

    /** An administrator sets a new password (at least 12 characters; 24 for a service account). */
    Account resetPassword(String username, String newPassword);

    /** An administrator gives the account these roles (at least one). */
    Account changeRoles(String username, Set<String> roles);

    /**
     * The signed-in user changes their own password, giving the current one. Returns the account's new access
     * version, for the session it was changed from to carry on.
     */
    int changeOwnPassword(String currentPassword, String newPassword);
}
