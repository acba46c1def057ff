package org.peelrms.missingpersons.api;

/** What a grading of risk was: the first, a review, or a supervisor's confirmation or change. */
public enum GradingKind {
    FIRST("First grading"), REVIEW("Review"), SUPERVISOR_CONFIRMED("Confirmed by supervisor"),
    SUPERVISOR_CHANGED("Changed by supervisor");

    private final String label;

    GradingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
