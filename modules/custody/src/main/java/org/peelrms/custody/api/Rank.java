package org.peelrms.custody.api;

/**
 * Police ranks, as far as PACE asks for them: reviews before charge by an inspector or above (s. 40(1)(b)),
 * an extension to 36 hours by a superintendent or above (s. 42(1)). Staff accounts hold roles, not
 * ranks, so the officer states their rank when they record the decision (ADR 0013).
 */
public enum Rank {
    SERGEANT("Sergeant"),
    INSPECTOR("Inspector"),
    CHIEF_INSPECTOR("Chief Inspector"),
    SUPERINTENDENT("Superintendent"),
    CHIEF_SUPERINTENDENT("Chief Superintendent");

    private final String label;

    Rank(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(Rank other) {
        return compareTo(other) >= 0;
    }
}
