package org.peelrms.web.rest;

import org.peelrms.restriction.api.ReasonRequired;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.Optional;
import org.peelrms.kernel.Conflict;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.NotPermitted;
import org.peelrms.web.http.DatabaseOutage;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Turns failures into clear JSON answers: bad input 400 with what is wrong (requests the framework could not
 * read: {@link UnreadableRequests}), a change that clashes with the record's state 409 ({@link Conflict}), a role the user lacks
 * 403 (and a rule about who may act on a record, {@link NotPermitted}, 403 with its reason), a restricted record or
 * sensitive search without a reason 428, the database out of reach 503 with Retry-After ({@link DatabaseOutage}),
 * anything unexpected 500 (logged, with no internals in the answer).
 */
@Provider
public class ApiErrors implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        Throwable cause = unwrap(exception);
        Optional<Response> unreadable = UnreadableRequests.answer(cause);
        if (unreadable.isPresent()) {
            return unreadable.get();
        }
        if (cause instanceof NotPermitted refused) {
            return ApiError.response(Response.Status.FORBIDDEN, refused.getMessage());
        }
        if (cause instanceof ReasonRequired) {
            return ApiError.response(Response.Status.PRECONDITION_REQUIRED, cause.getMessage()
                    + " Give it as the 'reason' query parameter or the " + StatedReason.HEADER + " header.");
        }
        if (cause instanceof EJBAccessException) {
            return ApiError.response(Response.Status.FORBIDDEN, "Your role does not allow this.");
        }
        if (cause instanceof ConstraintViolationException invalid) {
            return ApiError.response(Response.Status.BAD_REQUEST, invalid.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        if (cause instanceof Conflict) {
            return ApiError.response(Response.Status.CONFLICT, cause.getMessage());
        }
        if (cause instanceof InvalidInput || cause instanceof IllegalArgumentException) {
            return ApiError.response(Response.Status.BAD_REQUEST, cause.getMessage());
        }
        if (DatabaseOutage.causedBy(exception)) {
            LOG.warning("The database could not be reached; answered 503: " + exception);
            return Response.fromResponse(ApiError.response(Response.Status.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the REST API", exception);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on the server; it has been logged.");
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
