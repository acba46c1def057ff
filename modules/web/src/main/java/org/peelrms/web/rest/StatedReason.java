package org.peelrms.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The reason a REST caller gives for opening a restricted record or running a sensitive search: the
 * {@code reason} query parameter, else the {@code X-Peel-Reason} header; null when neither is given.
 */
@RequestScoped
public class StatedReason {
    static final String HEADER = "X-Peel-Reason";

    @Inject
    private HttpServletRequest request;

    public String get() {
        String reason = request.getParameter("reason");
        if (reason == null || reason.isBlank()) {
            reason = request.getHeader(HEADER);
        }
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
