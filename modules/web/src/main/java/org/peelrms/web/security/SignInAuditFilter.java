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
import org.peelrms.staff.api.SignIns;

/** Puts each sign-in to the pages on the audit log once, on the first page of the new session. */
@WebFilter(urlPatterns = {"*.xhtml", "/"})
public class SignInAuditFilter extends HttpFilter {
    private static final String RECORDED = SignInAuditFilter.class.getName() + ".recorded";

    @EJB
    private SignIns signIns;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        if (user != null) {
            HttpSession session = request.getSession();
            if (session.getAttribute(RECORDED) == null) {
                session.setAttribute(RECORDED, Boolean.TRUE);
                signIns.sessionBegun(user, ClientAddress.of(request));
            }
        }
        chain.doFilter(request, response);
    }
}
