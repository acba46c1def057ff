package org.peelrms.custody.internal;

import java.time.OffsetDateTime;

/** Who did something to a custody record, and when they recorded it. */
record Stamp(String user, OffsetDateTime at) {
}
