package org.peelrms.web.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises a failure that means "the database cannot be reached just now" (PostgreSQL down or restarting,
 * the connection pool unable to open a connection, the sign-in realm unable to ask), as opposed to a fault.
 * Such a request is answered 503 with {@link #RETRY_AFTER_SECONDS} and a message, never 500: nothing was
 * written (its transaction did not commit), and Peel takes up again by itself when the database is back.
 */
public final class DatabaseOutage {
    /** What the 503 answer says to do. */
    public static final String MESSAGE = "Peel cannot reach its database just now, so nothing was read or changed."
            + " Try again in a few seconds; if it lasts, tell the service desk.";
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * SQLSTATE classes and codes of a lost or refused connection: 08 (connection exception), 57P01-03 (the
     * server shutting down or starting up), 53300 (too many connections).
     */
    private static boolean lostConnection(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P") || sqlState.equals("53300"));
    }

    /**
     * Failures of the layers between Peel and PostgreSQL that only mean the connection is missing, named so that
     * web need not depend on them: the pool's (IronJacamar: IJ000453 "unable to get managed connection"), Hibernate's
     * and the Elytron realm's.
     */
    private static final Set<String> UNREACHABLE = Set.of(
            "jakarta.resource.ResourceException",
            "org.hibernate.exception.JDBCConnectionException",
            "org.wildfly.security.auth.server.RealmUnavailableException");

    private DatabaseOutage() {
    }

    /** The 503 a servlet filter gives when the database is out of reach: JSON to the API, text to a page. */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        JsonAnswer.writeFor(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, MESSAGE);
    }

    /** Whether this failure, or any failure that caused it, is the database being out of reach. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && lostConnection(sql.getSQLState())) {
                return true;
            }
            for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
                if (UNREACHABLE.contains(type.getName())) {
                    return true;
                }
            }
        }
        return false;
    }
}
