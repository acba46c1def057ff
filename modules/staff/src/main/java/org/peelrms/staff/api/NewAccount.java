package org.peelrms.staff.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What an administrator gives to open an account. The password is hashed (bcrypt) before it is
 * stored and is never kept or logged in clear.
 *
 * <p>A <em>service account</em> is for a system that calls the REST API many times a second (an
 * evaluation harness, an integration). Every API call checks the password, so its bcrypt cost is
 * lower (4 instead of 10); to keep it as hard to guess, its password must be at least 24 characters
 * (a long random one). People's accounts are never service accounts.
 */
public record NewAccount(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9._-]{1,63}", message = "a user name is 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter") String username,
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Size(min = 12, max = 200, message = "a password must be at least 12 characters") String password,
        @NotEmpty(message = "an account needs at least one role") Set<String> roles,
        boolean serviceAccount) {

    public static final int SERVICE_ACCOUNT_PASSWORD_LENGTH = 24;

    /** A person's account. */
    public NewAccount(String username, String displayName, String password, Set<String> roles) {
        this(username, displayName, password, roles, false);
    }

    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + roles + (serviceAccount ? ", service account" : "") + "]";
    }
}
