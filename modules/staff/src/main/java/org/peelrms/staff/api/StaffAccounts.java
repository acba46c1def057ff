package org.peelrms.staff.api;

import jakarta.validation.Valid;
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
     * @throws org.peelrms.kernel.InvalidInput with a message for the user when the user name is taken or a role is unknown
     */
    Account open(@Valid NewAccount account);

    /** True when no account exists yet: a new installation. */
    boolean none();
}
