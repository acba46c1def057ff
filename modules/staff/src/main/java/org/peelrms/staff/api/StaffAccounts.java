package org.peelrms.staff.api;

import java.util.List;

/**
 * The accounts behind the sign-in. WildFly's Elytron realm {@code PeelRealm} reads the same table
 * to check passwords and roles (server-config/scripts/configure-security.cli).
 */
public interface StaffAccounts {

    /** Every account, by user name. */
    List<Account> all();

    /**
     * Opens an account.
     *
     * @throws org.peelrms.kernel.InvalidInput with a message for the user when a field is missing or
     *         invalid (see {@link NewAccount}), the user name is taken or a role is unknown
     */
    Account open(NewAccount account);

    /** True when no account exists yet: a new installation. */
    boolean none();

    /**
     * Refuses a user name given for someone a record names (an officer in charge, a supervisor) that is not an
     * account in use: {@link org.peelrms.kernel.InvalidInput} "There is no account 'x'; give the {what}'s user
     * name.". Open to every caller; blank names are left to the caller's own rules.
     */
    void requireAccount(String username, String what);
}
