package org.peelrms.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.peelrms.staff.api.SignIns;
import org.peelrms.web.http.JsonAnswer;

/**
 * Sessions for programs that make many calls (ADR 0050). {@code POST /api/v1/sessions} with HTTP Basic signs in
 * once, behind the throttle like any Basic call, and keeps the server session: the answer sets the session cookie,
 * and calls that send it back are not asked for the password again. {@link AccountStillOpen} ends the session at
 * the next call after the account is disabled, closed, given other roles or a new password; it also ends after
 * 30 minutes without a call, and at {@code DELETE /api/v1/sessions}. Opening and ending one go on the audit log
 * as a sign-in and a sign-out.
 */
@ApplicationScoped
public class ApiSessions {
    static final String PATH = "/api/v1/sessions";

    @EJB
    private SignIns signIns;

    static boolean isSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && PATH.equals(pathOf(request));
    }

    static boolean isSignOut(HttpServletRequest request) {
        return "DELETE".equals(request.getMethod()) && PATH.equals(pathOf(request));
    }

    /** The password has just been checked: the session (with a new id) is kept and stamped with the account's version. */
    void signIn(HttpServletRequest request, HttpServletResponse response, String username) throws IOException {
        request.changeSessionId();
        HttpSession session = request.getSession();
        signIns.access(username).ifPresent(version -> AccountStillOpen.carryOn(session, version));
        signIns.sessionBegun(username, ClientAddress.of(request));
        JsonAnswer.write(response, HttpServletResponse.SC_CREATED, "Signed in as " + username + ". Send the session"
                + " cookie it set with each call instead of the password; the session ends after "
                + session.getMaxInactiveInterval() / 60 + " minutes without a call, at DELETE " + PATH + ", or when"
                + " the account is changed (disabled, new roles or password).");
    }

    void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        signIns.signedOut(request.getRemoteUser(), ClientAddress.of(request));
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
