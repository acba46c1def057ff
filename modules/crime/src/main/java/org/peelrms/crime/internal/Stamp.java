package org.peelrms.crime.internal;

import java.time.OffsetDateTime;

/** Who did something to a record, and when. */
record Stamp(String user, OffsetDateTime at) {
}
