package org.peelrms.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.peelrms.staff.api.SignIns;
import org.peelrms.staff.api.SignInTurn;
import org.peelrms.web.http.DatabaseOutage;

/**
 * The sign-in form posts here (not to the container's {@code j_security_check}, which
 * {@code WEB-INF/undertow-handlers.conf} turns away), so that every password check passes Peel's throttle
 * ({@link SignIns}, ADR 0033): while the user name or the address is held back, no password is checked and the
 * form says how long to wait. Otherwise the realm checks the password ({@link HttpServletRequest#login}), the
 * session gets a new id, and the user goes to the page they asked for (or the home page).
 */
@WebServlet("/sign-in")
public class SignInServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(SignInServlet.class.getName());

    @EJB
    private SignIns signIns;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("j_username");
        String password = request.getParameter("j_password");
        String address = ClientAddress.of(request);
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            back(request, response, "failed=true");
            return;
        }
        try {
            SignInTurn turn = signIns.turn(username, address);
            if (!turn.mayTry()) {
                back(request, response, "wait=" + turn.waitSeconds());
                return;
            }
            if (!PasswordCheck.passes(request, username, password)) {
                signIns.refused(username, password, address);
                back(request, response, "failed=true");
                return;
            }
            request.changeSessionId();
            signIns.access(username).ifPresent(version -> AccountStillOpen.carryOn(request.getSession(), version));
            if (turn.failuresOnFile()) {
                signIns.signedIn(username, address);
            }
            response.sendRedirect(request.getContextPath() + SafeReturn.path(request.getParameter("next")));
        } catch (RuntimeException | ServletException failure) {
            if (!DatabaseOutage.causedBy(failure)) {
                throw new IllegalStateException(failure);
            }
            LOG.warning("Sign-in while the database could not be reached: " + failure);
            back(request, response, "unavailable=true");
        }
    }

    private static void back(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml?" + why);
    }
}
