package org.peelrms.custody.api;

import java.time.OffsetDateTime;

/**
 * A superintendent's authorisation to keep a person beyond 24 hours (PACE s. 42), recorded by the
 * authorising officer.
 *
 * @param rank   superintendent or above
 * @param until  the end of the extended period: at most 36 hours after the relevant time
 * @param grounds why it is necessary (evidence to secure or preserve; the investigation conducted diligently)
 */
public record NewExtension(Rank rank, OffsetDateTime until, String grounds) {
}
