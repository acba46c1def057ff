package org.peelrms.kernel;

import java.security.Principal;

/**
 * The name under which something is recorded as done. Work Peel does by itself (start-up:
 * migrations, the first administrator, demo data) runs with a role but no signed-in user, which
 * WildFly calls "anonymous"; Peel records it as {@value #SYSTEM}. Every other action needs a
 * signed-in user, so no user's action is ever recorded under that name.
 */
public final class Callers {
    public static final String SYSTEM = "peel-system";

    private Callers() {
    }

    public static String nameOf(Principal caller) {
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
    }
}
