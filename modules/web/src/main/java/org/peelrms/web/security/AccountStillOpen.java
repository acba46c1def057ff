package org.peelrms.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.OptionalInt;
import org.peelrms.staff.api.SignIns;
import org.peelrms.web.http.DatabaseOutage;
import org.peelrms.web.http.JsonAnswer;

/**
 * Ends a signed-in session whose account has changed since it signed in: disabled, closed (a leaver), its roles
 * changed or its password reset ({@link SignIns#access}, one look-up by key). Asked on every request of a session but
 * for styles and scripts, so an administrator's change ends the account's sessions at their next click; the page asks
 * the user to sign in again. An HTTP Basic call (its session made by its own sign-in) is checked by the realm and
 * left alone here; a session signed in earlier, the pages' or a program's (ADR 0050), is checked on every call.
 */
@WebFilter("/*")
public class AccountStillOpen extends HttpFilter {
    static final String STAMP = AccountStillOpen.class.getName() + ".stamp";

    /** The account's access version when the session signed in (or changed its own password). */
    record Stamp(int accessVersion) implements Serializable {
    }

    @EJB
    private SignIns signIns;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String user = request.getRemoteUser();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // A session made by this very request is a Basic call's (its password was just checked); any older one is
        // checked, whatever headers come with it: an Authorization header does not excuse a session cookie.
        if (user == null || session == null || session.isNew()
                || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            chain.doFilter(request, response);
            return;
        }
        Stamp stamp = (Stamp) session.getAttribute(STAMP);
        OptionalInt access;
        try {
            access = signIns.access(user);
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure)) {
                throw failure;
            }
            DatabaseOutage.answer(request, response);
            return;
        }
        if (access.isEmpty() || (stamp != null && stamp.accessVersion() != access.getAsInt())) {
            session.invalidate();
            request.logout();
            if (path.startsWith("/api/")) {
                JsonAnswer.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Your account has changed since you"
                        + " signed in (disabled, closed, new roles or a new password): sign in again.");
            } else {
                response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
            }
            return;
        }
        if (stamp == null) {
            carryOn(session, access.getAsInt());
        }
        chain.doFilter(request, response);
    }

    /** The session carries on with this access version: at sign-in, and after it changed its own password. */
    public static void carryOn(HttpSession session, int accessVersion) {
        session.setAttribute(STAMP, new Stamp(accessVersion));
    }
}
