package org.peelrms.custody.api;

/**
 * A right the detained person has not yet been told of at booking in, and why (for example "too drunk
 * to understand; to be told when sober"). They must be told as soon as practicable (PACE Code C,
 * section 3); the record says so until then.
 */
public record RightNotYetGiven(Entitlement entitlement, String reason) {
}
