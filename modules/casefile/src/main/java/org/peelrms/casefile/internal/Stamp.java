package org.peelrms.casefile.internal;

import java.time.OffsetDateTime;

/** Who did something to a file, when, and whether they act as a supervisor. */
record Stamp(String user, OffsetDateTime at, boolean supervisor) {
}
