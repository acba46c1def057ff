package org.peelrms.casefile.api;

/** The stages of a file, in the order a file normally passes them. */
public enum FileStatus {
    DRAFT("Draft"),
    WITH_SUPERVISOR("With supervisor"),
    RETURNED("Returned"),
    APPROVED("Approved"),
    SUBMITTED_TO_CPS("Submitted to the CPS"),
    CHARGING_DECISION("Charging decision"),
    AT_COURT("At court"),
    OUTCOME("Outcome");

    private final String label;

    FileStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Contents may be written or changed only while the file is with its officer. */
    public boolean open() {
        return this == DRAFT || this == RETURNED;
    }
}
