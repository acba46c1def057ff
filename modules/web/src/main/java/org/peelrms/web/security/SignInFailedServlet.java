package org.peelrms.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.peelrms.audit.api.AuditTrail;

/**
 * The form-error-page of the sign-in form. The container forwards a refused sign-in here with the
 * form's fields, so the attempt is put on the audit log with the user name tried, and the user is
 * sent back to the sign-in page with a message.
 */
@WebServlet("/sign-in-failed")
public class SignInFailedServlet extends HttpServlet {

    @EJB
    private AuditTrail audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        audit.recordFailedSignIn(request.getParameter("j_username"), ClientAddress.of(request));
        response.sendRedirect(request.getContextPath() + "/login.xhtml?failed=true");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doPost(request, response);
    }
}
