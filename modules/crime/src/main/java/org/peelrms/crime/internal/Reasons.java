package org.peelrms.crime.internal;

/** The user's stated reason as the audit log keeps it: stripped, or null when none was given. */
final class Reasons {
    private Reasons() {
    }

    static String given(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
