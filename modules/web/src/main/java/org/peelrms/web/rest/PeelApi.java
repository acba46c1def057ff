package org.peelrms.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API, under {@code /api}. Every call needs a signed-in user (HTTP Basic, see
 * ApiAuthenticationFilter) and the role each resource names; answers are JSON. Versioned in the path.
 */
@ApplicationPath("/api")
public class PeelApi extends Application {
}
