package org.peelrms.web.security;

/**
 * Where to go after signing in: the page inside Peel the user asked for before the sign-in page (a path such as
 * {@code /crime/reports.xhtml?list=open}), never another site, and the home page otherwise.
 */
final class SafeReturn {
    private static final String HOME = "/index.xhtml";

    private SafeReturn() {
    }

    static String path(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.contains("\r")
                || next.contains("\n") || next.length() > 1000 || next.startsWith("/sign-")) {
            return HOME;
        }
        return next;
    }
}
