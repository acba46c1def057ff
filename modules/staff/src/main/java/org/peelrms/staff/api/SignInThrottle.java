package org.peelrms.staff.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * Failed sign-ins counted for one subject, as administrators see them: {@code kind} ACCOUNT_AT_ADDRESS (subject
 * "user from address"), ADDRESS or ACCOUNT; no password is checked for it before {@code heldUntil} (null: not
 * held); {@code refusedWhileHeld} attempts were turned away unchecked.
 */
public record SignInThrottle(String kind, String subject, int failures, OffsetDateTime lastFailureAt,
        OffsetDateTime heldUntil, int refusedWhileHeld) implements Serializable {
}
