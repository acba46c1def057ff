package org.peelrms.crime.api;

/** The result of a domestic-abuse risk assessment. High risk requires a MARAC referral. */
public enum RiskLevel {
    STANDARD("Standard"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
