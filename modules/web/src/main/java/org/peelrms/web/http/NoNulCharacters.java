package org.peelrms.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Refuses (400) any request whose address, query or form parameters or reason header hold a NUL
 * character, which no text in Peel may contain and PostgreSQL cannot store: the one check for every page
 * and API call. NULs inside JSON bodies are refused by the API's body check, and in import files row by row.
 */
@WebFilter("/*")
public class NoNulCharacters extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (holdsNul(request)) {
            JsonAnswer.writeFor(request, response, HttpServletResponse.SC_BAD_REQUEST, "The request holds a NUL character"
                    + " (in its address, a parameter or a header), which no text may contain.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean holdsNul(HttpServletRequest request) throws IOException {
        String address = request.getRequestURI() + "?" + request.getQueryString();
        if (address.toLowerCase(Locale.ROOT).contains("%00") || address.indexOf('\0') >= 0) {
            return true;
        }
        String reason = request.getHeader("X-Peel-Reason");
        if (reason != null && reason.indexOf('\0') >= 0) {
            return true;
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return false; // parts are the page's uploads, checked where they are read
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8"); // as the pages send their forms; before the parameters are read
        }
        return request.getParameterMap().values().stream().flatMap(Arrays::stream)
                .anyMatch(value -> value.indexOf('\0') >= 0);
    }
}
