package org.peelrms.custody.api;

/** Where a deadline stands now, for the colours of the board: on time, due soon, overdue; or no longer running. */
public enum ClockState {
    RUNNING("On time"),
    DUE_SOON("Due soon"),
    OVERDUE("Overdue"),
    STOPPED("Stopped");

    private final String label;

    ClockState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The CSS class of the state: peel-state-running, peel-state-due_soon, … */
    public String css() {
        return "peel-state-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
