package org.peelrms.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.peelrms.web.http.DatabaseOutage;

/**
 * The realm's check of a user name and password, for the sign-in form and the API's HTTP Basic alike. A refusal
 * is {@code false}; the realm being unable to ask the database is thrown (so that the caller answers 503).
 */
final class PasswordCheck {
    private PasswordCheck() {
    }

    static boolean passes(HttpServletRequest request, String username, String password) throws ServletException {
        try {
            request.login(username, password);
            return true;
        } catch (ServletException refused) {
            if (DatabaseOutage.causedBy(refused)) {
                throw refused;
            }
            return false;
        }
    }
}
