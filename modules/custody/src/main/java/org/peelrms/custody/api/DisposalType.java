package org.peelrms.custody.api;

/** How a detention ended. The time of disposal is the release (or transfer), and stops the PACE clock. */
public enum DisposalType {
    CHARGED("Charged"),
    RELEASED_UNDER_INVESTIGATION("Released under investigation"),
    BAILED("Bailed to return"),
    NO_FURTHER_ACTION("No further action"),
    TRANSFERRED("Transferred"),
    DETENTION_REFUSED("Detention refused");

    private final String label;

    DisposalType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
