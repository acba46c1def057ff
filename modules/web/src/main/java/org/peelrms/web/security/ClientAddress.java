package org.peelrms.web.security;

import jakarta.servlet.http.HttpServletRequest;

/** The address a request came from, as the audit log records it. */
final class ClientAddress {
    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
