package org.peelrms.staff.api;

import java.io.Serializable;
import java.util.Set;

/**
 * A member of staff who may sign in, as the administration page lists them. Never carries a password.
 * {@code left}: a leaver's account, closed for good (and so not {@code enabled}).
 */
public record Account(String username, String displayName, Set<String> roles, boolean enabled, boolean left) implements Serializable {
}
