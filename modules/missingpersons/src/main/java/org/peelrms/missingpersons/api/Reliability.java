package org.peelrms.missingpersons.api;

/** How far a sighting can be relied on. */
public enum Reliability {
    CONFIRMED("Confirmed"), PROBABLE("Probable"), POSSIBLE("Possible"), DOUBTFUL("Doubtful");

    private final String label;

    Reliability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
