package org.peelrms.web.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to tell a client whose request the framework or the database could not take, in words rather
 * than framework codes: a query or path parameter of the wrong kind (RESTEasy's 404) is a 400 naming the
 * parameter; a JSON-B failure a 400 naming the field; an unknown address a 404; a record changed by
 * someone else at the same moment (optimistic lock) a 409; text the database cannot store a 400.
 */
final class UnreadableRequests {
    private static final Pattern PARAMETER = Pattern.compile(
            "(Query|Path|Header|Form|Matrix|Cookie)Param\\(\"([^\"]+)\"\\) value is '(.*?)'(\\s+for|\\s*$)", Pattern.DOTALL);
    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

    private UnreadableRequests() {
    }

    /** The answer to a failure the framework raised, or empty when it is not one of these. */
    static Optional<Response> answer(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            return Optional.of(framework(web));
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String type = cause.getClass().getSimpleName();
            if (type.equals("JsonbException") || type.equals("ProcessingException") || type.equals("JsonParsingException")) {
                return Optional.of(ApiError.response(Response.Status.BAD_REQUEST, unreadableBody(failure)));
            }
            if (type.equals("OptimisticLockException") || type.equals("StaleObjectStateException")
                    || type.equals("StaleStateException")) {
                return Optional.of(ApiError.response(Response.Status.CONFLICT, "Someone else changed this record at"
                        + " the same moment; read it again to see their change, then make yours again."));
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return Optional.of(ApiError.response(Response.Status.BAD_REQUEST, "A value in the request cannot be"
                        + " stored (too long, out of range, or a character such as NUL that text may not hold)."));
            }
        }
        return Optional.empty();
    }

    private static Response framework(WebApplicationException web) {
        Matcher parameter = PARAMETER.matcher(String.valueOf(web.getMessage()));
        if (web.getCause() != null && parameter.find()) {
            return ApiError.response(Response.Status.BAD_REQUEST, "The " + parameter.group(1).toLowerCase()
                    + " parameter '" + parameter.group(2) + "' cannot be '" + printable(parameter.group(3)) + "'"
                    + (web.getCause() instanceof NumberFormatException ? ": it must be a whole number." : "."));
        }
        int status = web.getResponse().getStatus();
        String message = web.getMessage();
        if (message == null || message.startsWith("RESTEASY") || message.startsWith("HTTP ")) {
            if (web instanceof NotFoundException) {
                message = "There is nothing at this address in the API.";
            } else if (web instanceof NotAllowedException) {
                message = "This address does not take that method (" + web.getResponse().getAllowedMethods()
                        .stream().sorted().reduce((a, b) -> a + ", " + b).map(allowed -> "it takes " + allowed)
                        .orElse("none") + ").";
            } else if (web instanceof NotSupportedException) {
                message = "This call does not take a body of that type (Content-Type); see the REST table in README.md.";
            } else if (status == 406) {
                message = "This call cannot answer in the type asked for (Accept).";
            } else {
                message = "The request could not be taken (" + status + ").";
            }
        }
        Response.Status type = Response.Status.fromStatusCode(status);
        Response answer = ApiError.response(type == null ? Response.Status.BAD_REQUEST : type, message);
        if (web instanceof NotAllowedException) {
            return Response.fromResponse(answer).allow(web.getResponse().getAllowedMethods()).build();
        }
        return answer;
    }

    private static String unreadableBody(Throwable failure) {
        String field = null;
        Throwable innermost = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Matcher property = PROPERTY.matcher(String.valueOf(cause.getMessage()));
            if (field == null && property.find()) {
                field = property.group(1);
            }
            innermost = cause;
        }
        String why = innermost.getMessage() == null || innermost.getMessage().contains("class ")
                ? "it is not of the right kind" : printable(innermost.getMessage());
        return field == null ? "The request body could not be read: " + why + "."
                : "'" + field + "' could not be read: " + why + ".";
    }

    private static String printable(String text) {
        String shown = text.replace("\0", "\\u0000");
        return shown.length() > 80 ? shown.substring(0, 80) + "…" : shown;
    }
}
