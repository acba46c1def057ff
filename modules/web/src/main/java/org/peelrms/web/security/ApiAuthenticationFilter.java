package org.peelrms.web.security;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.peelrms.staff.api.SignIns;
import org.peelrms.staff.api.SignInTurn;
import org.peelrms.web.http.DatabaseOutage;
import org.peelrms.web.http.JsonAnswer;

/**
 * HTTP Basic sign-in for the REST API, checked by the same Elytron security domain as the pages
 * (through {@link HttpServletRequest#login}), behind the same throttle as the sign-in form ({@link SignIns}).
 * No credentials: 401 with a challenge. Wrong ones: 401, and the attempt is counted and goes on the audit log.
 * Held back by the throttle: 429 with Retry-After, and no password is checked. The database out of reach: 503.
 * The pages keep their form sign-in; a browser session that is already signed in may call the API too. A Basic
 * call keeps no server session after it is answered, except {@code POST /api/v1/sessions}, which opens one for a
 * program that makes many calls ({@link ApiSessions}, ADR 0050).
 */
@WebFilter("/api/*")
public class ApiAuthenticationFilter extends HttpFilter {
    private static final String CHALLENGE = "Basic realm=\"Peel\", charset=\"UTF-8\"";

    @EJB
    private SignIns signIns;

    @Inject
    private ApiSessions apiSessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRemoteUser() != null) {
            if (ApiSessions.isSignOut(request)) {
                apiSessions.signOut(request, response);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        String[] credentials = basicCredentials(request.getHeader("Authorization"));
        if (credentials == null) {
            refuse(response, "Sign in with HTTP Basic authentication.");
            return;
        }
        String address = ClientAddress.of(request);
        try {
            SignInTurn turn = signIns.turn(credentials[0], address);
            if (!turn.mayTry()) {
                response.setHeader("Retry-After", Long.toString(turn.waitSeconds()));
                JsonAnswer.write(response, 429, "Too many failed sign-ins for this user name or from this address:"
                        + " try again in " + turn.waitSeconds() + " seconds. No password was checked.");
                return;
            }
            if (!PasswordCheck.passes(request, credentials[0], credentials[1])) {
                signIns.refused(credentials[0], credentials[1], address);
                endSessionOfThisCall(request);
                refuse(response, "The user name or password is not right.");
                return;
            }
            if (turn.failuresOnFile()) {
                signIns.signedIn(credentials[0], address);
            }
            if (ApiSessions.isSignIn(request)) {
                apiSessions.signIn(request, response, credentials[0]);
                return;
            }
        } catch (RuntimeException | ServletException failure) {
            if (!DatabaseOutage.causedBy(failure)) {
                throw failure;
            }
            endSessionOfThisCall(request);
            DatabaseOutage.answer(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            request.logout();
            endSessionOfThisCall(request);
        }
    }

    /** A Basic call keeps no server session: the one signing in made for it ends with the call. */
    private static void endSessionOfThisCall(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.isNew()) {
            session.invalidate();
        }
    }

    private static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        JsonAnswer.write(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    }
}
