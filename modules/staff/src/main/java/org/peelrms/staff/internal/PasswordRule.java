package org.peelrms.staff.internal;

import org.peelrms.kernel.InvalidInput;
import org.peelrms.staff.api.NewAccount;

/**
 * How long a password must be, the one rule for every way one is set: at least 12 characters for a person's
 * account, 24 for a service account (hashed at a lower cost, so it must be a long random one), at most 200.
 */
final class PasswordRule {
    static final int PERSON_MINIMUM = 12;
    static final int MAXIMUM = 200;

    private PasswordRule() {
    }

    /** Refuses the password, starting the message with {@code what} ("The account was not opened"), if it is too short. */
    static void check(String password, boolean serviceAccount, String what) {
        if (password == null || password.length() < PERSON_MINIMUM || password.length() > MAXIMUM) {
            throw new InvalidInput(what + ": a password must be at least " + PERSON_MINIMUM + " characters"
                    + " (and at most " + MAXIMUM + ").");
        }
        if (serviceAccount && password.length() < NewAccount.SERVICE_ACCOUNT_PASSWORD_LENGTH) {
            throw new InvalidInput(what + ": a service account's password must be at least "
                    + NewAccount.SERVICE_ACCOUNT_PASSWORD_LENGTH + " characters (a long random one).");
        }
    }
}
