package org.peelrms.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every error the API returns: the HTTP status and a message a person can act on. */
public record ApiError(int status, String message) {

    static Response response(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getStatusCode(), message)).build();
    }
}
