package org.peelrms.missingpersons.api;

/**
 * The College of Policing's risk levels for a missing person, lowest first. "No apparent risk
 * (absent)" is the 2017 guidance's level, kept for older records: a new grading may not use it.
 */
public enum RiskLevel {
    NO_APPARENT_RISK("No apparent risk (absent)", true),
    VERY_LOW("Very low", false),
    LOW("Low", false),
    MEDIUM("Medium", false),
    HIGH("High", false);

    private final String label;
    private final boolean legacy;

    RiskLevel(String label, boolean legacy) {
        this.label = label;
        this.legacy = legacy;
    }

    public String label() {
        return label;
    }

    /** True for a level only older records carry. */
    public boolean legacy() {
        return legacy;
    }
}
