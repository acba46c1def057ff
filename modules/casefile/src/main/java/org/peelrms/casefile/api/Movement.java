package org.peelrms.casefile.api;

import java.time.OffsetDateTime;

/**
 * A continuity entry: who held the exhibit from when (to when, if it is known), and where it was kept.
 * {@code correctsId} and {@code reason} make it a correction of an earlier entry, which stays as it was.
 */
public record Movement(String heldBy, OffsetDateTime from, OffsetDateTime to, String storedAt, Long correctsId,
        String reason) {
}
