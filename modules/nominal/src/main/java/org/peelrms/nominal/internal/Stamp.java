package org.peelrms.nominal.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Who did something to a record, and when (UTC). */
public record Stamp(String user, OffsetDateTime at) {

    public static Stamp now(String user) {
        return new Stamp(user, OffsetDateTime.now(ZoneOffset.UTC));
    }
}
