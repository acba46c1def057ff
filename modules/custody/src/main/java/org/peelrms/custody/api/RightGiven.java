package org.peelrms.custody.api;

import java.time.OffsetDateTime;

/** A right or entitlement given, when, and what the person said (e.g. "wants the duty solicitor"). */
public record RightGiven(Entitlement entitlement, OffsetDateTime at, String detail) {
}
