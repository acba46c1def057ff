package org.peelrms.crime.api;

/** Where a report stands. A report leaves OPEN only by a recorded decision, and never goes back. */
public enum ReportStatus {
    OPEN("Awaiting a decision"),
    RECORDED("Recorded as crime"),
    CLOSED_NON_CRIME("Closed as a non-crime incident");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
