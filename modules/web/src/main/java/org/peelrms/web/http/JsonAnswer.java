package org.peelrms.web.http;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The answer a servlet filter gives when it stops a request itself, in the shape every API error has
 * ({"status":…,"message":"…"}, as {@code rest.ApiError}); a page request gets the message as plain text.
 */
public final class JsonAnswer {
    private JsonAnswer() {
    }

    /** The status and the message, as JSON. */
    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("application/json");
        response.getWriter().write(Json.createObjectBuilder().add("status", status).add("message", message).build()
                .toString());
    }

    /** As JSON to a call of the API, as plain text to anything else. */
    public static void writeFor(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            write(response, status, message);
            return;
        }
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/plain");
        response.getWriter().write(message);
    }
}
