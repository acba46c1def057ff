package org.peelrms.crime.api;

/** Where a report stands against the 24-hour recording clock of the National Crime Recording Standard. */
public enum ClockState {
    RUNNING("On the clock"),
    DUE_SOON("Due soon"),
    OVERDUE("Past 24 hours"),
    DECIDED_IN_TIME("Decided within 24 hours"),
    DECIDED_LATE("Decided after 24 hours");

    private final String label;

    ClockState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True while the report still waits for a decision. */
    public boolean open() {
        return this == RUNNING || this == DUE_SOON || this == OVERDUE;
    }
}
