package org.peelrms.missingpersons.api;

import java.time.OffsetDateTime;

/** A sighting: when, where, by whom and how reliable. */
public record NewSighting(OffsetDateTime seenAt, String place, String seenBy, Reliability reliability, String note) {
}
