package org.peelrms.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * The defence against cross-site request forgery for everything a browser's session cookie authorises
 * (ADR 0025): a request that changes something (POST, PUT, DELETE, PATCH) and carries a session cookie must
 * come from Peel's own pages, i.e. its Origin header (or, when a browser sends none, its Referer) names this
 * server; otherwise 403. Calls with HTTP Basic credentials and no cookie are not affected: a forged
 * cross-site request cannot carry them. Sign-out is checked too, so another site cannot sign a user out.
 */
@WebFilter("/*")
public class CrossSiteRequests extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || request.getRequestedSessionId() == null || fromThisServer(request)) {
            chain.doFilter(request, response);
            return;
        }
        JsonAnswer.writeFor(request, response, HttpServletResponse.SC_FORBIDDEN, "This change did not come from Peel's"
                + " own pages (its Origin or Referer names another site), so it was refused. Open Peel and make it there;"
                + " programs use HTTP Basic without the cookie.");
    }

    /** Whether the Origin (else the Referer) names the host and port the request was sent to. */
    static boolean fromThisServer(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if (source == null || source.isBlank() || "null".equals(source)) {
            source = request.getHeader("Referer");
        }
        String host = request.getHeader("Host");
        if (source == null || host == null) {
            return false;
        }
        try {
            URI uri = URI.create(source.strip());
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return uri.getHost() != null && (authority.equalsIgnoreCase(host.strip())
                    || defaultPort(uri).equalsIgnoreCase(host.strip()));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** The Origin's authority with its scheme's default port spelt out or left out, as a Host header may have it. */
    private static String defaultPort(URI uri) {
        int port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getPort() < 0 ? uri.getHost() + ":" + port : uri.getPort() == port ? uri.getHost() : "";
    }
}
