package org.peelrms.casefile.api;

/** How a person on the people index is on a file. */
public enum PartyRole {
    SUSPECT("Suspect"),
    DEFENDANT("Defendant"),
    WITNESS("Witness");

    private final String label;

    PartyRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
