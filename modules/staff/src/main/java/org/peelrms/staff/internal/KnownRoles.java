package org.peelrms.staff.internal;

import java.util.Set;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;

/** An account's roles are Peel's roles, at least one (the same check when opening and when changing them). */
final class KnownRoles {
    private KnownRoles() {
    }

    static void check(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInput("An account needs at least one role.");
        }
        for (String role : roles) {
            if (role == null || !Roles.ALL.contains(role)) {
                throw new InvalidInput("There is no role called " + role + "; the roles are " + String.join(", ", Roles.ALL)
                        + ".");
            }
        }
    }
}
