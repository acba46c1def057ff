package org.peelrms.casefile.api;

import java.time.OffsetDateTime;

/** An exhibit as seized; its first continuity entry is the one who seized it, from then, where it went. */
public record NewExhibit(String reference, String description, String seizedBy, OffsetDateTime seizedAt,
        String seizedFrom, String storedAt) {
}
