package org.peelrms.crime.api;

/** Where a crime record stands. Cancelled and transferred records are kept, marked, never deleted. */
public enum CrimeStatus {
    UNDER_INVESTIGATION("Under investigation"),
    FINALISED("Finalised"),
    CANCELLED("Cancelled"),
    TRANSFERRED("Transferred to another force");

    private final String label;

    CrimeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
