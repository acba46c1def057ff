package org.peelrms.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.peelrms.staff.api.SignIns;

/** Signs the user out: audited, session ended, back to the sign-in page. */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    @EJB
    private SignIns signIns;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        if (user != null) {
            signIns.signedOut(user, ClientAddress.of(request));
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
    }
}
