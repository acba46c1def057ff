package org.peelrms.restriction.api;

/** Why a record is restricted, in the words a force uses. */
public enum RestrictionCategory {
    PROTECTED_WITNESS("Protected witness"),
    PUBLIC_FIGURE("Public figure"),
    STAFF_SUBJECT("Member of staff as subject"),
    SENSITIVE_INVESTIGATION("Sensitive investigation"),
    OTHER("Other");

    private final String label;

    RestrictionCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
