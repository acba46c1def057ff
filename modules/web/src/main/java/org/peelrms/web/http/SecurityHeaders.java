package org.peelrms.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser security headers on every answer, pages and API alike (ADR 0025): no framing by other
 * sites, no plug-ins, no base or form targets elsewhere (Content-Security-Policy, X-Frame-Options), no
 * content-type sniffing, no Referer to other sites; nothing with personal data kept in a browser's or
 * proxy's cache (Cache-Control: no-store on pages, API answers, PDFs and CSVs; only the static styles,
 * scripts and images may be cached); Strict-Transport-Security when the request came over TLS.
 * The policy leaves scripts and styles alone: PrimeFaces writes inline scripts and event handlers.
 */
@WebFilter("/*")
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!staticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }

    private static boolean staticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
