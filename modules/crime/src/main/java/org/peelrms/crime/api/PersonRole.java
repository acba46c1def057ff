package org.peelrms.crime.api;

/** How a person on the people index is linked to a crime. */
public enum PersonRole {
    VICTIM("Victim"),
    SUSPECT("Suspect"),
    OFFENDER("Offender"),
    WITNESS("Witness"),
    REPORTER("Reporter");

    private final String label;

    PersonRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Suspects and offenders: the people an outcome that names a suspect needs. */
    public boolean accused() {
        return this == SUSPECT || this == OFFENDER;
    }
}
