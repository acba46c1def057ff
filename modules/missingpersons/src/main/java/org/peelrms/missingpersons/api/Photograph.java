package org.peelrms.missingpersons.api;

import java.time.OffsetDateTime;

/** A case's current photograph: the image, its description, and who added it when. */
public record Photograph(String contentType, byte[] content, String description, String addedBy,
        OffsetDateTime addedAt) {
}
