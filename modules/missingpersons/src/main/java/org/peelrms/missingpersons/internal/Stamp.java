package org.peelrms.missingpersons.internal;

import java.time.OffsetDateTime;

/** Who did something to a case, and when. */
record Stamp(String user, OffsetDateTime at) {
}
